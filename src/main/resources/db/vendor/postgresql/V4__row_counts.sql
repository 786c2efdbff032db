-- PostgreSQL only (see Database.migrationLocations). PostgreSQL answers count(*) by visiting every
-- row (~100 ms for a million events), and every unfiltered list page carries the table's count.
-- These statement-level triggers keep the exact number of rows of a table in row_count, in the
-- same transaction as the rows themselves, so `GET /2.3.0/events/` reads one row instead of
-- counting. H2 needs none of this: it answers an unfiltered count(*) from its primary index.
-- An INSERT's NEW TABLE holds only the rows it inserted (not those an ON CONFLICT clause updated).
CREATE TABLE row_count (
  table_name text PRIMARY KEY,
  row_total bigint NOT NULL
);

CREATE FUNCTION row_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE row_count SET row_total = row_total + (SELECT count(*) FROM inserted) WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END
$$;

CREATE FUNCTION row_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE row_count SET row_total = row_total - (SELECT count(*) FROM deleted) WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END
$$;

CREATE FUNCTION row_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE row_count SET row_total = 0 WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END
$$;

INSERT INTO row_count (table_name, row_total) SELECT 'event', count(*) FROM event;

CREATE TRIGGER event_row_count_insert AFTER INSERT ON event
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION row_count_inserted();
CREATE TRIGGER event_row_count_delete AFTER DELETE ON event
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION row_count_deleted();
CREATE TRIGGER event_row_count_truncate AFTER TRUNCATE ON event
  FOR EACH STATEMENT EXECUTE FUNCTION row_count_truncated();
