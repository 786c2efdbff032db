-- Docking events (LL2's DockingEventForChaserNormal): a spacecraft flight's or a payload flight's
-- docking_events, the chaser's own rows, as a detailed launch's rocket lists them. Exactly one chaser
-- (a spacecraft flight of V35 or a payload flight of V36); a chaser's list is replaced when an import
-- gives it, and goes with its flight. Upstream ids are kept. Written for both H2 (MODE=PostgreSQL)
-- and PostgreSQL.
--
-- The targets: a space station (V1's space_station, the row an import of the event upserts), a
-- spacecraft flight or a payload flight. The two flight targets are NOT WRITTEN YET: their columns
-- are here for the step that serves SpacecraftFlightNormal and PayloadFlightNormal, and an import
-- that gives one is refused (README, "Compatibility with LL2"); a target flight that was not imported
-- will then be a flight row with only its id, as a previous flight that was not imported is a launch
-- row with only its id and name (V32_1).

create table docking_event (
  id                        integer primary key,
  docking                   timestamp with time zone not null,
  departure                 timestamp with time zone,
  docking_location_id       integer references docking_location (id),
  spacecraft_flight_id      integer references spacecraft_flight (id) on delete cascade,
  payload_flight_id         integer references payload_flight (id) on delete cascade,
  space_station_target_id   integer references space_station (id),
  flight_vehicle_target_id  integer references spacecraft_flight (id) on delete set null,
  payload_flight_target_id  integer references payload_flight (id) on delete set null,
  constraint docking_event_one_chaser check ((spacecraft_flight_id is null) <> (payload_flight_id is null))
);
create index docking_event_spacecraft_flight on docking_event (spacecraft_flight_id, id);
create index docking_event_payload_flight on docking_event (payload_flight_id, id);
create index docking_event_space_station_target on docking_event (space_station_target_id);
