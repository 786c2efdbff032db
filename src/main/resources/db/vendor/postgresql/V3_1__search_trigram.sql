-- PostgreSQL only (see Database.migrationLocations): a trigram index lets search= (name ILIKE '%term%')
-- use an index instead of reading every event. pg_trgm ships with PostgreSQL's contrib modules, but
-- creating an extension may need privileges the application's role lacks: then the migration still
-- succeeds, with a NOTICE, and search scans names as before. An administrator can later run
--   CREATE EXTENSION pg_trgm; CREATE INDEX event_name_trgm ON event USING gin (name gin_trgm_ops);
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm not available (%), search= will not use a trigram index', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS event_name_trgm ON event USING gin (name gin_trgm_ops);
  END IF;
END
$$;
