-- Info urls, video urls and updates become child tables that any owner can have (events today;
-- launches, programs, agencies, astronauts as their families land), and social media links join
-- them for agencies and astronauts. Written for both H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- The design: ONE table per kind of child, with ONE nullable foreign-key column per kind of owner
-- (info_url.event_id, info_url.launch_id, …), each "on delete cascade" and indexed in the order
-- the owner lists its children. Why this and not one shared table plus a join table per owner kind:
--  * an owner's key may be an integer (events, agencies) or a UUID (launches): each owner column
--    simply has its owner's key type and a real foreign key, so the database keeps the rows true
--    (a deleted event takes its urls with it) without a polymorphic "owner_type, owner_id" pair
--    that no foreign key can check;
--  * info and video urls have no upstream id, so an owner's list can only be replaced as a whole:
--    with a join table, every re-import would leave the replaced url rows behind as orphans that
--    something would have to collect; here deleting "where launch_id = ?" is the whole story;
--  * reading and writing need nothing new: the kit's Shape.children(component, OWNER_COLUMN, …)
--    reads an owner's rows with one correlated MULTISET and replaces them on import, for any owner
--    column; a new owner kind is one "alter table … add column <owner>_id … references <owner>
--    on delete cascade" plus its index, and one .children line in its shape;
--  * it matches what upstream's API shows: /updates/ filters updates by `launch` and `program`,
--    i.e. by a foreign key on the update, and each child appears in one owner's list.
-- The cost is a few mostly-null columns per row (PostgreSQL keeps a null in one bit).
--
-- The events' rows are moved by renaming their tables, which keeps every row, id, identity
-- sequence, foreign key and index (renamed below to match): nothing is copied, nothing is lost.

alter table event_info_url rename to info_url;
alter table info_url alter column event_id drop not null;
alter index event_info_url_event_priority rename to info_url_event_priority;
alter table info_url add column launch_id uuid references launch (id) on delete cascade;
create index info_url_launch_priority on info_url (launch_id, priority, id);

alter table event_vid_url rename to vid_url;
alter table vid_url alter column event_id drop not null;
alter index event_vid_url_event_priority rename to vid_url_event_priority;
alter index event_vid_url_url rename to vid_url_url;
alter table vid_url add column launch_id uuid references launch (id) on delete cascade;
create index vid_url_launch_priority on vid_url (launch_id, priority, id);

-- "update" is an SQL keyword; update_entry is LL2's Update. Updates have upstream ids, so an update
-- listed by another owner is moved there (upserted by id), as events did.
alter table event_update rename to update_entry;
alter table update_entry alter column event_id drop not null;
alter index event_update_event_created rename to update_entry_event_created;
alter table update_entry add column launch_id uuid references launch (id) on delete cascade;
alter table update_entry add column program_id integer references program (id) on delete cascade;
create index update_entry_launch_created on update_entry (launch_id, created_on, id);
create index update_entry_program_created on update_entry (program_id, created_on, id);

-- LL2's SocialMedia (a network: "Twitter", its url and logo) and SocialMediaLink (an owner's
-- account on it), listed by id.
create table social_media (
  id       integer primary key,
  name     varchar,
  url      varchar,
  logo_id  integer references image (id)
);

create table social_media_link (
  id               integer primary key,
  social_media_id  integer references social_media (id),
  url              varchar,
  agency_id        integer references agency (id) on delete cascade,
  astronaut_id     integer references astronaut (id) on delete cascade
);
create index social_media_link_agency on social_media_link (agency_id, id);
create index social_media_link_astronaut on social_media_link (astronaut_id, id);
