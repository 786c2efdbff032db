package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class FirstStagesPostgresTest extends FirstStagesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
