package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class LaunchSamplePostgresTest extends LaunchSampleContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
