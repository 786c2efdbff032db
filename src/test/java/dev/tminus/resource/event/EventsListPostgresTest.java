package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventsListPostgresTest extends EventsListContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
