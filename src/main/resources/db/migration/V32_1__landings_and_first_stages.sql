-- Landings (LL2's Landing: a stage's or a spacecraft's landing attempt, embedded in launches' stages
-- and flights; /2.3.0/landings/ itself is served in a later issue). Upstream ids are kept and the
-- landing's fields are stored as they arrive. Numbered 32.1: PostgreSQL's db/vendor/postgresql
-- already holds a version 32 (data_version_notify), and Flyway refuses two migrations of one version.
-- As in V11, every column a smaller shape lacks is nullable or has a default ('' for the text upstream
-- never gives as null). Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

create table landing (
  id                   integer primary key,
  attempt              boolean not null default false,
  success              boolean,
  description          varchar default '',
  downrange_distance   double precision,
  landing_location_id  integer references landing_location (id),
  type_id              integer references landing_type (id)
);
create index landing_landing_location on landing (landing_location_id, id);
create index landing_type_id on landing (type_id, id);
