-- A mirror's high-water mark, per upstream and collection: each resource that can be copied
-- incrementally (it has a last_updated__gte filter, as events do) resumes from its own mark; the
-- others are copied whole each run and have none. Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table mirror_mark (
  upstream         varchar not null,
  collection       varchar not null,
  -- the largest last_updated of the collection's objects in a committed page from that upstream
  high_water_mark  timestamp with time zone not null,
  primary key (upstream, collection)
);

-- V2 kept one mark per upstream, and only events were mirrored: it is the events' mark, so an
-- existing mirror continues incrementally where it stopped.
insert into mirror_mark (upstream, collection, high_water_mark)
  select upstream, 'events', high_water_mark from mirror_state where high_water_mark is not null;

alter table mirror_state drop column high_water_mark;
