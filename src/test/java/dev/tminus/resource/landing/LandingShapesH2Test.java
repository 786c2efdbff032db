package dev.tminus.resource.landing;

import dev.tminus.support.TestDatabase;

class LandingShapesH2Test extends LandingShapesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
