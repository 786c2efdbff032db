package dev.tminus.resource.celestialbody;

import dev.tminus.support.TestDatabase;

class CelestialBodiesPostgresTest extends CelestialBodiesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
