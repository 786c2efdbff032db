package dev.tminus.cli;

import dev.tminus.support.TestDatabase;

class GenerateWorldPostgresTest extends GenerateWorldContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
