-- The config lists (/2.3.0/config/…), celestial bodies, locations and pads, and the fields of
-- agencies and programs that their own endpoints and pads show. Upstream ids are kept. Every column
-- that a smaller shape of an object lacks is nullable or has a default, so an object first seen
-- embedded in a small shape (an agency in an event) is one row that a larger shape fills in later.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table astronaut_role (
  id        integer primary key,
  role      varchar,
  priority  integer not null default 0
);

create table astronaut_type (
  id    integer primary key,
  name  varchar
);

create table celestial_body_type (
  id    integer primary key,
  name  varchar
);

create table country (
  id                         integer primary key,
  name                       varchar,
  alpha_2_code               varchar,
  alpha_3_code               varchar,
  nationality_name           varchar,
  nationality_name_composed  varchar
);
create index country_alpha_3_code on country (alpha_3_code);

create table first_stage_type (
  id    integer primary key,
  name  varchar
);

create table landing_type (
  id           integer primary key,
  name         varchar,
  abbrev       varchar,
  description  varchar
);

create table launcher_status (
  id    integer primary key,
  name  varchar
);

create table mission_type (
  id    integer primary key,
  name  varchar
);

create table notice_type (
  id    integer primary key,
  name  varchar
);

create table payload_type (
  id    integer primary key,
  name  varchar
);

create table road_closure_status (
  id    integer primary key,
  name  varchar
);

create table spacecraft_configuration_type (
  id    integer primary key,
  name  varchar
);

create table spacecraft_status (
  id    integer primary key,
  name  varchar
);

create table timeline_event_type (
  id           integer primary key,
  abbrev       varchar,
  description  varchar
);

create table celestial_body (
  id                        integer primary key,
  name                      varchar not null,
  type_id                   integer references celestial_body_type (id),
  diameter                  double precision,
  mass                      double precision,
  gravity                   double precision,
  length_of_day             varchar,
  atmosphere                boolean not null default false,
  image_id                  integer references image (id),
  description               varchar,
  wiki_url                  varchar,
  total_attempted_launches  integer not null default 0,
  successful_launches       integer not null default 0,
  failed_launches           integer not null default 0,
  total_attempted_landings  integer not null default 0,
  successful_landings       integer not null default 0,
  failed_landings           integer not null default 0
);
create index celestial_body_name on celestial_body (name, id);

create table orbit (
  id                 integer primary key,
  name               varchar,
  abbrev             varchar,
  celestial_body_id  integer references celestial_body (id)
);

create table location (
  id                   integer primary key,
  name                 varchar,
  celestial_body_id    integer references celestial_body (id),
  active               boolean not null default true,
  country_id           integer references country (id),
  description          varchar,
  image_id             integer references image (id),
  map_image            varchar,
  longitude            double precision,
  latitude             double precision,
  timezone_name        varchar,
  total_launch_count   integer,
  total_landing_count  integer
);
create index location_celestial_body on location (celestial_body_id);
create index location_total_launch_count on location (total_launch_count, id);
create index location_total_landing_count on location (total_landing_count, id);

create table landing_location (
  id                   integer primary key,
  name                 varchar,
  active               boolean not null default true,
  abbrev               varchar,
  description          varchar,
  location_id          integer references location (id),
  longitude            double precision,
  latitude             double precision,
  image_id             integer references image (id),
  successful_landings  integer,
  attempted_landings   integer,
  failed_landings      integer,
  celestial_body_id    integer references celestial_body (id)
);

create table pad (
  id                            integer primary key,
  location_id                   integer references location (id),
  active                        boolean not null default true,
  name                          varchar,
  image_id                      integer references image (id),
  description                   varchar,
  info_url                      varchar,
  wiki_url                      varchar,
  map_url                       varchar,
  latitude                      double precision,
  longitude                     double precision,
  country_id                    integer references country (id),
  map_image                     varchar,
  total_launch_count            integer,
  orbital_launch_attempt_count  integer,
  fastest_turnaround            varchar
);
create index pad_location on pad (location_id, id);
create index pad_total_launch_count on pad (total_launch_count, id);
create index pad_orbital_launch_attempt_count on pad (orbital_launch_attempt_count, id);

create table pad_agency (
  pad_id     integer not null references pad (id) on delete cascade,
  agency_id  integer not null references agency (id),
  primary key (pad_id, agency_id)
);
create index pad_agency_agency on pad_agency (agency_id);

-- AgencyNormal's fields beyond AgencyMini's; "parent" is the parent agency's name as upstream writes it.
alter table agency add column featured boolean not null default false;
alter table agency add column description varchar;
alter table agency add column administrator varchar;
alter table agency add column founding_year integer;
alter table agency add column launchers varchar;
alter table agency add column spacecraft varchar;
alter table agency add column parent varchar;
alter table agency add column image_id integer references image (id);
alter table agency add column logo_id integer references image (id);
alter table agency add column social_logo_id integer references image (id);

create table agency_country (
  agency_id   integer not null references agency (id) on delete cascade,
  country_id  integer not null references country (id),
  primary key (agency_id, country_id)
);
