package dev.tminus.resource.launcher;

import dev.tminus.support.TestDatabase;

class LaunchersH2Test extends LaunchersContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
