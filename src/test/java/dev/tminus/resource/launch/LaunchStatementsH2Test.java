package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class LaunchStatementsH2Test extends LaunchStatementsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
