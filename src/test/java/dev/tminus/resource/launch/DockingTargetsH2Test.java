package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class DockingTargetsH2Test extends DockingTargetsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
