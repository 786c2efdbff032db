package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class LaunchesPostgresTest extends LaunchesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
