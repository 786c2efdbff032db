-- Indexes for every ordering and for the filters' common shapes, for H2 and PostgreSQL alike.
-- (V1 already indexes date, last_updated, slug, type_id, video urls and every join table both ways.)

-- Descending orderings keep the id ascending as tie-breaker (e.g. /events/previous/ is
-- "date desc, id asc"), which an ascending (date, id) index cannot give in index order.
create index event_date_desc on event (date desc, id);
create index event_last_updated_desc on event (last_updated desc, id);

-- type__ids / type with the default ordering: one range scan in date order per type.
create index event_type_date on event (type_id, date, id);

-- A page's nested lists come back in upstream order: read them in index order.
create index event_info_url_event_priority on event_info_url (event_id, priority, id);
create index event_vid_url_event_priority on event_vid_url (event_id, priority, id);
create index event_update_event_created on event_update (event_id, created_on, id);
