package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class DockingTargetsPostgresTest extends DockingTargetsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
