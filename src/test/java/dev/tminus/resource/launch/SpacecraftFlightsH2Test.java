package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class SpacecraftFlightsH2Test extends SpacecraftFlightsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
