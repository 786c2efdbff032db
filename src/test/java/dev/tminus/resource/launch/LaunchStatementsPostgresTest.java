package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class LaunchStatementsPostgresTest extends LaunchStatementsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
