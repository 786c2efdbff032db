package dev.tminus.resource.celestialbody;

import dev.tminus.support.TestDatabase;

class CelestialBodiesH2Test extends CelestialBodiesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
