package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class LaunchSampleH2Test extends LaunchSampleContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
