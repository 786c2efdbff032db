package dev.tminus.resource.location;

import dev.tminus.support.TestDatabase;

class GeographyPostgresTest extends GeographyContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
