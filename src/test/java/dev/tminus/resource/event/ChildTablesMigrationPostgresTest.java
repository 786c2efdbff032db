package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class ChildTablesMigrationPostgresTest extends ChildTablesMigrationContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
