package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventDetailPostgresTest extends EventDetailContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
