package dev.tminus.resource.location;

import dev.tminus.support.TestDatabase;

class GeographyH2Test extends GeographyContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
