package dev.tminus.resource.launcher;

import dev.tminus.support.TestDatabase;

class LaunchersPostgresTest extends LaunchersContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
