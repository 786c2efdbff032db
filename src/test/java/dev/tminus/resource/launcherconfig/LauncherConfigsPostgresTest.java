package dev.tminus.resource.launcherconfig;

import dev.tminus.support.TestDatabase;

class LauncherConfigsPostgresTest extends LauncherConfigsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
