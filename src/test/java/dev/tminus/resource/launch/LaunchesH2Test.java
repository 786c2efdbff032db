package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class LaunchesH2Test extends LaunchesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
