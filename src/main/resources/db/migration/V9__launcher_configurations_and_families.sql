-- Launcher configurations (/2.3.0/launcher_configurations/) and their families
-- (/2.3.0/launcher_configuration_families/), and the fields of AgencyDetailed that a configuration's
-- manufacturer shows. Upstream ids are kept; counters are stored as they arrive from upstream (and
-- computed by `generate` for generated data). As in V6, every column a smaller shape lacks is
-- nullable or has a default, so an object first seen in a small shape is one row that a larger
-- shape fills in later; a text that upstream's schema never gives as null defaults to '' (what
-- upstream shows for a field left blank). Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

alter table agency add column total_launch_count integer;
alter table agency add column consecutive_successful_launches integer;
alter table agency add column successful_launches integer;
alter table agency add column failed_launches integer;
alter table agency add column pending_launches integer;
alter table agency add column consecutive_successful_landings integer;
alter table agency add column successful_landings integer;
alter table agency add column failed_landings integer;
alter table agency add column attempted_landings integer;
alter table agency add column successful_landings_spacecraft integer;
alter table agency add column failed_landings_spacecraft integer;
alter table agency add column attempted_landings_spacecraft integer;
alter table agency add column successful_landings_payload integer;
alter table agency add column failed_landings_payload integer;
alter table agency add column attempted_landings_payload integer;
alter table agency alter column launchers set default '';
alter table agency alter column spacecraft set default '';
alter table agency add column info_url varchar;
alter table agency add column wiki_url varchar;
create index agency_name on agency (name, id);
create index agency_total_launch_count on agency (total_launch_count, id);

create table launcher_config_family (
  id                               integer primary key,
  name                             varchar not null,
  parent_id                        integer references launcher_config_family (id),
  description                      varchar default '',
  active                           boolean not null default true,
  maiden_flight                    date,
  total_launch_count               integer,
  consecutive_successful_launches  integer,
  successful_launches              integer,
  failed_launches                  integer,
  pending_launches                 integer,
  attempted_landings               integer,
  successful_landings              integer,
  failed_landings                  integer,
  consecutive_successful_landings  integer
);
create index launcher_config_family_name on launcher_config_family (name, id);

-- A family's manufacturers: upstream lists several (Atlas: Lockheed Martin, ULA).
create table launcher_config_family_manufacturer (
  family_id  integer not null references launcher_config_family (id) on delete cascade,
  agency_id  integer not null references agency (id),
  primary key (family_id, agency_id)
);
create index launcher_config_family_manufacturer_agency on launcher_config_family_manufacturer (agency_id);

create table launcher_config (
  id                               integer primary key,
  name                             varchar not null,
  full_name                        varchar default '',
  variant                          varchar default '',
  active                           boolean not null default false,
  is_placeholder                   boolean not null default false,
  manufacturer_id                  integer references agency (id),
  reusable                         boolean not null default false,
  image_id                         integer references image (id),
  info_url                         varchar,
  wiki_url                         varchar,
  description                      varchar default '',
  alias                            varchar default '',
  min_stage                        integer,
  max_stage                        integer,
  length                           double precision,
  diameter                         double precision,
  maiden_flight                    date,
  launch_cost                      bigint,
  launch_mass                      double precision,
  leo_capacity                     double precision,
  gto_capacity                     double precision,
  geo_capacity                     double precision,
  sso_capacity                     double precision,
  to_thrust                        double precision,
  apogee                           double precision,
  total_launch_count               integer,
  consecutive_successful_launches  integer,
  successful_launches              integer,
  failed_launches                  integer,
  pending_launches                 integer,
  attempted_landings               integer,
  successful_landings              integer,
  failed_landings                  integer,
  consecutive_successful_landings  integer,
  fastest_turnaround               varchar
);
create index launcher_config_manufacturer on launcher_config (manufacturer_id, name, id);
create index launcher_config_name on launcher_config (name, id);
create index launcher_config_total_launch_count on launcher_config (total_launch_count, id);

create table launcher_config_family_member (
  launcher_config_id  integer not null references launcher_config (id) on delete cascade,
  family_id           integer not null references launcher_config_family (id),
  primary key (launcher_config_id, family_id)
);
create index launcher_config_family_member_family on launcher_config_family_member (family_id);

create table launcher_config_program (
  launcher_config_id  integer not null references launcher_config (id) on delete cascade,
  program_id          integer not null references program (id),
  primary key (launcher_config_id, program_id)
);
create index launcher_config_program_program on launcher_config_program (program_id);
