package dev.tminus.resource.location;

import dev.tminus.support.TestDatabase;

class LocationsPostgresTest extends LocationsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
