package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventShapesH2Test extends EventShapesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
