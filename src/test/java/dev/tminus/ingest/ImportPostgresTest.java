package dev.tminus.ingest;

import dev.tminus.support.TestDatabase;

class ImportPostgresTest extends ImportContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
