package dev.tminus.openapi;

import dev.tminus.support.TestDatabase;

class ConformanceH2Test extends ConformanceContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
