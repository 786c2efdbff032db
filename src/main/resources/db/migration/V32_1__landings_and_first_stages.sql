-- Landings (LL2's Landing: a stage's or a spacecraft's landing attempt, embedded in launches' stages
-- and flights; /2.3.0/landings/ itself is served in a later issue). Upstream ids are kept and the
-- landing's fields are stored as they arrive. Numbered 32.1: PostgreSQL's db/vendor/postgresql
-- already holds a version 32 (data_version_notify), and Flyway refuses two migrations of one version.
-- As in V11, every column a smaller shape lacks is nullable or has a default ('' for the text upstream
-- never gives as null). Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table landing (
  id                   integer primary key,
  attempt              boolean not null default false,
  success              boolean,
  description          varchar default '',
  downrange_distance   double precision,
  landing_location_id  integer references landing_location (id),
  type_id              integer references landing_type (id)
);
create index landing_landing_location on landing (landing_location_id, id);
create index landing_type_id on landing (type_id, id);

-- A launch's rocket's first stages (LL2's FirstStageNormal, a detailed rocket's launcher_stage), replaced
-- as a list whenever an import gives it and deleted with their rocket. The stage's counters
-- (launcher_flight_number, previous_flight_date, turn_around_time) are stored as upstream gives them,
-- never recomputed. type is the text upstream serves (the first stage type's name, e.g. "Core"). A
-- previous flight not imported on its own is a launch row with only its id and name (slug '').
alter table launch alter column slug set default '';

create table first_stage (
  id                      integer primary key,
  rocket_id               integer not null references rocket (id) on delete cascade,
  type                    varchar default '',
  reused                  boolean,
  launcher_flight_number  integer,
  launcher_id             integer references launcher (id),
  previous_flight_date    timestamp with time zone,
  turn_around_time        varchar,
  landing_id              integer references landing (id),
  previous_flight_id      uuid references launch (id) on delete set null
);
create index first_stage_rocket on first_stage (rocket_id, id);
create index first_stage_launcher on first_stage (launcher_id, rocket_id);
create index first_stage_previous_flight on first_stage (previous_flight_id);
