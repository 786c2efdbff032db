-- The throttle's histories when several tminus instances share one PostgreSQL: per bucket
-- (anon:ADDRESS or key:ID) the times, in epoch seconds, of the requests allowed within its window,
-- as DRF keeps them in its cache. One row per client, updated by one INSERT … ON CONFLICT DO UPDATE
-- per request, which locks the row: concurrent requests of one client are decided one after the other.
-- On H2 (one process) the histories are kept in memory and this table stays empty.

create table throttle_history (
  bucket      varchar(300) primary key,
  hits        double precision array not null,
  -- whether the last request decided was allowed (what the upsert returns)
  allowed     boolean not null,
  -- when the row may be deleted: a window after its last request
  expires_at  double precision not null
);

create index throttle_history_expires on throttle_history (expires_at);
