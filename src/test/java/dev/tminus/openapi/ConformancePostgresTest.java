package dev.tminus.openapi;

import dev.tminus.support.TestDatabase;

class ConformancePostgresTest extends ConformanceContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
