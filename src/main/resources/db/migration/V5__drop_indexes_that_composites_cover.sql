-- Each of these single-column indexes is the leading column of a composite index of V3, which
-- serves every lookup it served (filters, the nested lists of a page, cascading deletes), while
-- every imported row still paid for keeping it up to date.
drop index if exists event_type_id;           -- covered by event_type_date (type_id, date, id)
drop index if exists event_info_url_event;    -- covered by event_info_url_event_priority (event_id, priority, id)
drop index if exists event_vid_url_event;     -- covered by event_vid_url_event_priority (event_id, priority, id)
drop index if exists event_update_event;      -- covered by event_update_event_created (event_id, created_on, id)
