-- Payload flights: a payload carried by a launch's rocket (a detailed launch's rocket.payloads, LL2's
-- PayloadFlightSerializerNoLaunch), with its destination, amount and landing (V32_1). A rocket's list is replaced
-- when an import gives it, and goes with its rocket. Payloads' search and ordering reach launches
-- through it (payloadflight__rocket__launch__name, …__net). Upstream ids are kept. Written for both
-- H2 (MODE=PostgreSQL) and PostgreSQL.

create table payload_flight (
  id           integer primary key,
  rocket_id    integer references rocket (id) on delete cascade,
  destination  varchar,
  amount       integer,
  payload_id   integer references payload (id),
  landing_id   integer references landing (id)
);
create index payload_flight_rocket on payload_flight (rocket_id, id);
create index payload_flight_payload on payload_flight (payload_id, rocket_id);
