-- The LL2 data behind /2.3.0/events/ and every object an event links to, normalized as upstream
-- models it: upstream ids are kept, and an object shared by many events is one row.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table image_license (
  id        integer primary key,
  name      varchar,
  priority  integer not null default 0,
  link      varchar
);

create table image_variant_type (
  id    integer primary key,
  name  varchar
);

create table image (
  id             integer primary key,
  name           varchar,
  image_url      varchar,
  thumbnail_url  varchar,
  credit         varchar,
  license_id     integer references image_license (id),
  single_use     boolean not null default false
);

create table image_variant (
  id         integer primary key,
  image_id   integer not null references image (id) on delete cascade,
  type_id    integer references image_variant_type (id),
  image_url  varchar
);
create index image_variant_image on image_variant (image_id);

create table agency_type (
  id    integer primary key,
  name  varchar
);

create table agency (
  id       integer primary key,
  name     varchar not null,
  abbrev   varchar,
  type_id  integer references agency_type (id)
);

create table net_precision (
  id           integer primary key,
  name         varchar,
  abbrev       varchar,
  description  varchar
);

create table launch_status (
  id           integer primary key,
  name         varchar,
  abbrev       varchar,
  description  varchar
);

create table launch (
  id                 uuid primary key,
  name               varchar not null,
  slug               varchar not null,
  launch_designator  varchar,
  status_id          integer references launch_status (id),
  last_updated       timestamp with time zone,
  net                timestamp with time zone,
  net_precision_id   integer references net_precision (id),
  window_end         timestamp with time zone,
  window_start       timestamp with time zone,
  image_id           integer references image (id),
  infographic        varchar
);

create table space_station_status (
  id    integer primary key,
  name  varchar
);

create table space_station_type (
  id    integer primary key,
  name  varchar
);

create table space_station (
  id           integer primary key,
  name         varchar not null,
  image_id     integer references image (id),
  status_id    integer references space_station_status (id),
  founded      date,
  deorbited    date,
  description  varchar,
  orbit        varchar,
  type_id      integer references space_station_type (id)
);

create table mission_patch (
  id         integer primary key,
  name       varchar not null,
  priority   integer not null default 0,
  image_url  varchar,
  agency_id  integer references agency (id)
);

create table expedition (
  id               integer primary key,
  name             varchar not null,
  start_time       timestamp with time zone,
  end_time         timestamp with time zone,
  spacestation_id  integer references space_station (id)
);

create table expedition_mission_patch (
  expedition_id     integer not null references expedition (id) on delete cascade,
  mission_patch_id  integer not null references mission_patch (id),
  primary key (expedition_id, mission_patch_id)
);

create table spacewalk (
  id             integer primary key,
  name           varchar not null,
  start_time     timestamp with time zone,
  end_time       timestamp with time zone,
  duration       varchar,
  location       varchar,
  expedition_id  integer references expedition (id) on delete set null
);
create index spacewalk_expedition on spacewalk (expedition_id);

create table program_type (
  id    integer primary key,
  name  varchar
);

create table program (
  id           integer primary key,
  name         varchar not null,
  image_id     integer references image (id),
  info_url     varchar,
  wiki_url     varchar,
  description  varchar,
  start_date   timestamp with time zone,
  end_date     timestamp with time zone,
  type_id      integer references program_type (id)
);

create table program_agency (
  program_id  integer not null references program (id) on delete cascade,
  agency_id   integer not null references agency (id),
  primary key (program_id, agency_id)
);

create table program_mission_patch (
  program_id        integer not null references program (id) on delete cascade,
  mission_patch_id  integer not null references mission_patch (id),
  primary key (program_id, mission_patch_id)
);

create table astronaut_status (
  id    integer primary key,
  name  varchar
);

create table astronaut (
  id         integer primary key,
  name       varchar not null,
  status_id  integer references astronaut_status (id),
  agency_id  integer references agency (id),
  image_id   integer references image (id)
);

create table event_type (
  id    integer primary key,
  name  varchar
);

create table language (
  id    integer primary key,
  name  varchar,
  code  varchar
);

create table info_url_type (
  id    integer primary key,
  name  varchar
);

create table vid_url_type (
  id    integer primary key,
  name  varchar
);

create table event (
  id                 integer primary key,
  name               varchar not null,
  slug               varchar not null,
  type_id            integer not null references event_type (id),
  description        varchar,
  webcast_live       boolean not null default false,
  location           varchar,
  date               timestamp with time zone,
  date_precision_id  integer references net_precision (id),
  duration           varchar,
  image_id           integer references image (id),
  last_updated       timestamp with time zone
);
create index event_date on event (date, id);
create index event_last_updated on event (last_updated, id);
create index event_slug on event (slug);
create index event_type_id on event (type_id);

-- Info and video urls have no upstream id: "id" keeps upstream order among equal priorities.
create table event_info_url (
  id             bigint generated by default as identity primary key,
  event_id       integer not null references event (id) on delete cascade,
  priority       integer not null default 0,
  source         varchar,
  title          varchar,
  description    varchar,
  feature_image  varchar,
  url            varchar not null,
  type_id        integer references info_url_type (id),
  language_id    integer references language (id)
);
create index event_info_url_event on event_info_url (event_id);

create table event_vid_url (
  id             bigint generated by default as identity primary key,
  event_id       integer not null references event (id) on delete cascade,
  priority       integer not null default 0,
  source         varchar,
  publisher      varchar,
  title          varchar,
  description    varchar,
  feature_image  varchar,
  url            varchar not null,
  type_id        integer references vid_url_type (id),
  language_id    integer references language (id),
  start_time     timestamp with time zone,
  end_time       timestamp with time zone,
  live           boolean not null default false
);
create index event_vid_url_event on event_vid_url (event_id);
create index event_vid_url_url on event_vid_url (url);

create table event_update (
  id             integer primary key,
  event_id       integer not null references event (id) on delete cascade,
  profile_image  varchar,
  comment        varchar,
  info_url       varchar,
  created_by     varchar,
  created_on     timestamp with time zone
);
create index event_update_event on event_update (event_id);

create table event_agency (
  event_id   integer not null references event (id) on delete cascade,
  agency_id  integer not null references agency (id),
  primary key (event_id, agency_id)
);
create index event_agency_agency on event_agency (agency_id);

create table event_launch (
  event_id   integer not null references event (id) on delete cascade,
  launch_id  uuid not null references launch (id),
  primary key (event_id, launch_id)
);
create index event_launch_launch on event_launch (launch_id);

create table event_expedition (
  event_id       integer not null references event (id) on delete cascade,
  expedition_id  integer not null references expedition (id),
  primary key (event_id, expedition_id)
);
create index event_expedition_expedition on event_expedition (expedition_id);

create table event_spacestation (
  event_id         integer not null references event (id) on delete cascade,
  spacestation_id  integer not null references space_station (id),
  primary key (event_id, spacestation_id)
);
create index event_spacestation_spacestation on event_spacestation (spacestation_id);

create table event_program (
  event_id    integer not null references event (id) on delete cascade,
  program_id  integer not null references program (id),
  primary key (event_id, program_id)
);
create index event_program_program on event_program (program_id);

create table event_astronaut (
  event_id      integer not null references event (id) on delete cascade,
  astronaut_id  integer not null references astronaut (id),
  primary key (event_id, astronaut_id)
);
create index event_astronaut_astronaut on event_astronaut (astronaut_id);

-- One row that every writing transaction (import, mirror, demo fill) updates first: the row lock
-- makes writers in different processes take turns instead of deadlocking on shared rows, and the
-- version tells every server that the data changed (so cached responses are stale).
create table data_version (
  id       integer primary key,
  version  bigint not null
);
insert into data_version (id, version) values (1, 0);
