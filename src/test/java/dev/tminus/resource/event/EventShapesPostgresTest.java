package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventShapesPostgresTest extends EventShapesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
