package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventDetailH2Test extends EventDetailContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
