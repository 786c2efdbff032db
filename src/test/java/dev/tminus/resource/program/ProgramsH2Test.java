package dev.tminus.resource.program;

import dev.tminus.support.TestDatabase;

class ProgramsH2Test extends ProgramsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
