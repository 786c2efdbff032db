-- Payloads (/2.3.0/payloads/): what a launch carries, made by one agency and operated by another,
-- of one payload type, part of programs (payload_program). Docking locations
-- (/2.3.0/config/docking_locations/): a port of a space station, a spacecraft configuration or a
-- payload. Upstream ids are kept. As in V6, every column a smaller shape (PayloadMini) lacks is
-- nullable or has the default upstream never gives as null (''). Written for both H2
-- (MODE=PostgreSQL) and PostgreSQL.

create table payload (
  id               integer primary key,
  name             varchar default '',
  type_id          integer references payload_type (id),
  manufacturer_id  integer references agency (id),
  operator_id      integer references agency (id),
  image_id         integer references image (id),
  wiki_link        varchar default '',
  info_link        varchar default '',
  cost             integer,
  mass             double precision,
  description      varchar default ''
);
create index payload_manufacturer on payload (manufacturer_id, id);
create index payload_operator on payload (operator_id, id);
create index payload_name on payload (name, id);

create table payload_program (
  payload_id  integer not null references payload (id) on delete cascade,
  program_id  integer not null references program (id),
  primary key (payload_id, program_id)
);
create index payload_program_program on payload_program (program_id, payload_id);

create table docking_location (
  id               integer primary key,
  name             varchar,
  spacestation_id  integer references space_station (id),
  spacecraft_id    integer references spacecraft_config (id),
  payload_id       integer references payload (id)
);
