package dev.tminus.resource.spacecraftconfig;

import dev.tminus.support.TestDatabase;

class SpacecraftConfigsPostgresTest extends SpacecraftConfigsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
