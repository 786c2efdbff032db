-- What `mirror` remembers about each upstream it copies from, one row per base url
-- (e.g. https://lldev.thespacedevs.com/2.3.0). Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table mirror_state (
  upstream         varchar primary key,
  -- the largest last_updated of any event in a committed page: the next run asks for last_updated__gte it
  high_water_mark  timestamp with time zone,
  last_success     timestamp with time zone,
  last_error       varchar,
  last_error_at    timestamp with time zone
);
