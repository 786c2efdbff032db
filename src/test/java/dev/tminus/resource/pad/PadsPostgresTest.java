package dev.tminus.resource.pad;

import dev.tminus.support.TestDatabase;

class PadsPostgresTest extends PadsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
