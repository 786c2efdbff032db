package dev.tminus.resource.program;

import dev.tminus.support.TestDatabase;

class ProgramsPostgresTest extends ProgramsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
