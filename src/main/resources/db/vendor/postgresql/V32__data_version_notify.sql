-- PostgreSQL only (see Database.migrationLocations). Every change of the data version is announced
-- on the channel tminus_data_version, delivered when the writing transaction commits (never for a
-- rolled-back one), so that every serving instance on this database drops its render cache at once
-- (db/WriteNotices) instead of at its next poll. Covers every writer, in any process: each bumps
-- the version first (DataVersion.bump).
CREATE FUNCTION data_version_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tminus_data_version', NEW.version::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER data_version_notify AFTER UPDATE ON data_version
  FOR EACH ROW EXECUTE FUNCTION data_version_notify();
