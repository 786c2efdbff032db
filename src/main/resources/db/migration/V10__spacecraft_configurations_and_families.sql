-- Spacecraft configurations (/2.3.0/spacecraft_configurations/) and their families
-- (/2.3.0/spacecraft_configuration_families/). Upstream ids are kept; counters are stored as they
-- arrive. As in V6, every column a smaller shape lacks is nullable or has a default, '' for a text
-- upstream's schema never gives as null. Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table spacecraft_config_family (
  id                   integer primary key,
  name                 varchar not null,
  description          varchar default '',
  manufacturer_id      integer references agency (id),
  parent_id            integer references spacecraft_config_family (id),
  maiden_flight        date,
  spacecraft_flown     integer,
  total_launch_count   integer,
  successful_launches  integer,
  failed_launches      integer,
  attempted_landings   integer,
  successful_landings  integer,
  failed_landings      integer
);
create index spacecraft_config_family_name on spacecraft_config_family (name, id);
create index spacecraft_config_family_manufacturer on spacecraft_config_family (manufacturer_id);

create table spacecraft_config (
  id                       integer primary key,
  name                     varchar not null,
  type_id                  integer references spacecraft_configuration_type (id),
  agency_id                integer references agency (id),
  in_use                   boolean not null default false,
  image_id                 integer references image (id),
  capability               varchar default '',
  history                  varchar default '',
  details                  varchar default '',
  maiden_flight            date,
  height                   double precision,
  diameter                 double precision,
  human_rated              boolean not null default false,
  crew_capacity            integer,
  payload_capacity         integer,
  payload_return_capacity  integer,
  flight_life              varchar,
  wiki_link                varchar default '',
  info_link                varchar default '',
  spacecraft_flown         integer,
  total_launch_count       integer,
  successful_launches      integer,
  failed_launches          integer,
  attempted_landings       integer,
  successful_landings      integer,
  failed_landings          integer,
  fastest_turnaround       varchar
);
create index spacecraft_config_agency on spacecraft_config (agency_id, name, id);
create index spacecraft_config_name on spacecraft_config (name, id);

create table spacecraft_config_family_member (
  spacecraft_config_id  integer not null references spacecraft_config (id) on delete cascade,
  family_id             integer not null references spacecraft_config_family (id),
  primary key (spacecraft_config_id, family_id)
);
create index spacecraft_config_family_member_family on spacecraft_config_family_member (family_id);
