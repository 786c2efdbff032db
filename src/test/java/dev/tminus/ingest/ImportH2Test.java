package dev.tminus.ingest;

import dev.tminus.support.TestDatabase;

class ImportH2Test extends ImportContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
