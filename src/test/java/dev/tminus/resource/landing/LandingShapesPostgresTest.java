package dev.tminus.resource.landing;

import dev.tminus.support.TestDatabase;

class LandingShapesPostgresTest extends LandingShapesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
