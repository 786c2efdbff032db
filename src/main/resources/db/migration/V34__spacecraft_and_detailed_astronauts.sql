-- LL2's spacecraft (SpacecraftDetailed: one capsule, e.g. Crew Dragon "Endeavour" C206) and what a
-- detailed astronaut (AstronautDetailed, in a spacecraft flight's crews) adds to the astronauts
-- that events embed (AstronautNormal). Upstream ids are kept; counters and durations are stored as
-- upstream gives them, never recomputed. Columns a smaller shape lacks are nullable or have a
-- default, so a row first seen in a small shape is filled in later. For both H2 and PostgreSQL.

create table spacecraft (
  id                    integer primary key,
  name                  varchar not null,
  serial_number         varchar,
  is_placeholder        boolean not null default false,
  image_id              integer references image (id),
  in_space              boolean not null default false,
  time_in_space         varchar,
  time_docked           varchar,
  flights_count         integer,
  mission_ends_count    integer,
  status_id             integer references spacecraft_status (id),
  description           varchar not null default '',
  spacecraft_config_id  integer references spacecraft_config (id),
  fastest_turnaround    varchar
);
create index spacecraft_name on spacecraft (name, id);
create index spacecraft_spacecraft_config on spacecraft (spacecraft_config_id, id);

alter table astronaut add column type_id integer references astronaut_type (id);
alter table astronaut add column in_space boolean not null default false;
alter table astronaut add column time_in_space varchar;
alter table astronaut add column eva_time varchar not null default '';
alter table astronaut add column age integer;
alter table astronaut add column date_of_birth date;
alter table astronaut add column date_of_death date;
alter table astronaut add column bio varchar not null default '';
alter table astronaut add column wiki varchar;
alter table astronaut add column last_flight timestamp with time zone;
alter table astronaut add column first_flight timestamp with time zone;

-- An astronaut's nationality: a list of countries, listed by id.
create table astronaut_nationality (
  astronaut_id  integer not null references astronaut (id) on delete cascade,
  country_id    integer not null references country (id),
  primary key (astronaut_id, country_id)
);
