package dev.tminus.resource.launch;

import dev.tminus.support.TestDatabase;

class FirstStagesH2Test extends FirstStagesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
