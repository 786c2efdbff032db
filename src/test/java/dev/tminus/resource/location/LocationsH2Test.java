package dev.tminus.resource.location;

import dev.tminus.support.TestDatabase;

class LocationsH2Test extends LocationsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
