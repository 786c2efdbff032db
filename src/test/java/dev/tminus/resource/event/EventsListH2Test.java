package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventsListH2Test extends EventsListContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
