package dev.tminus.resource.launcherconfig;

import dev.tminus.support.TestDatabase;

class LauncherConfigsH2Test extends LauncherConfigsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
