-- LL2's spacecraft flights (SpacecraftFlightDetailedSerializerNoLaunch: a spacecraft flown by a
-- launch's rocket, listed as the rocket's spacecraft_stage) and astronaut flights (AstronautFlight:
-- an astronaut in a role on a flight). Upstream ids are kept; duration and turn_around_time are
-- stored as upstream gives them. For both H2 and PostgreSQL.
--
-- As upstream's Django models, a spacecraft flight belongs to a rocket (the `rocket__spacecraftflight`
-- of the launches' filters) and lists its three crews through many-to-many relations to astronaut
-- flights: one join table per crew, so an astronaut flight may be in several crews (launched and
-- landed) and a re-import of the flight replaces each of its crews. A flight is deleted with its
-- rocket, its crews' rows with the flight. Its landing is a landing of V32_1.

create table spacecraft_flight (
  id                integer primary key,
  rocket_id         integer references rocket (id) on delete cascade,
  destination       varchar,
  mission_end       timestamp with time zone,
  spacecraft_id     integer references spacecraft (id),
  landing_id        integer references landing (id),
  duration          varchar not null default '',
  turn_around_time  varchar not null default ''
);
create index spacecraft_flight_rocket on spacecraft_flight (rocket_id, id);
create index spacecraft_flight_spacecraft on spacecraft_flight (spacecraft_id);

create table astronaut_flight (
  id            integer primary key,
  role_id       integer references astronaut_role (id),
  astronaut_id  integer references astronaut (id)
);
create index astronaut_flight_astronaut on astronaut_flight (astronaut_id);

create table spacecraft_flight_launch_crew (
  spacecraft_flight_id  integer not null references spacecraft_flight (id) on delete cascade,
  astronaut_flight_id   integer not null references astronaut_flight (id),
  primary key (spacecraft_flight_id, astronaut_flight_id)
);

create table spacecraft_flight_onboard_crew (
  spacecraft_flight_id  integer not null references spacecraft_flight (id) on delete cascade,
  astronaut_flight_id   integer not null references astronaut_flight (id),
  primary key (spacecraft_flight_id, astronaut_flight_id)
);

create table spacecraft_flight_landing_crew (
  spacecraft_flight_id  integer not null references spacecraft_flight (id) on delete cascade,
  astronaut_flight_id   integer not null references astronaut_flight (id),
  primary key (spacecraft_flight_id, astronaut_flight_id)
);
