package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class SpacecraftFlightsPostgresTest extends SpacecraftFlightsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
