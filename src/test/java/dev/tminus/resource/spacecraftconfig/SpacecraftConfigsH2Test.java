package dev.tminus.resource.spacecraftconfig;

import dev.tminus.support.TestDatabase;

class SpacecraftConfigsH2Test extends SpacecraftConfigsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
