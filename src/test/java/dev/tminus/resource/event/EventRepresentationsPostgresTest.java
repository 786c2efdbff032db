package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventRepresentationsPostgresTest extends EventRepresentationsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
