package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class ChildTablesMigrationH2Test extends ChildTablesMigrationContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
