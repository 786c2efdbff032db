-- Launchers (/2.3.0/launchers/): the individual boosters and cores, each of one launcher
-- configuration. Upstream ids are kept; counters are stored as they arrive. As in V6, every column a
-- smaller shape lacks is nullable or has a default ('' for the details, never null upstream). Written for both H2 (MODE=PostgreSQL) and
-- PostgreSQL.

create table launcher (
  id                  integer primary key,
  flight_proven       boolean not null default false,
  serial_number       varchar,
  is_placeholder      boolean not null default false,
  status_id           integer references launcher_status (id),
  image_id            integer references image (id),
  details             varchar default '',
  successful_landings integer,
  attempted_landings  integer,
  flights             integer,
  last_launch_date    timestamp with time zone,
  first_launch_date   timestamp with time zone,
  fastest_turnaround  varchar,
  launcher_config_id  integer references launcher_config (id)
);
create index launcher_launcher_config on launcher (launcher_config_id, id);
create index launcher_flights on launcher (flights, id);
