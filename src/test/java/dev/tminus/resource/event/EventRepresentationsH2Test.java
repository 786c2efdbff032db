package dev.tminus.resource.event;

import dev.tminus.support.TestDatabase;

class EventRepresentationsH2Test extends EventRepresentationsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
