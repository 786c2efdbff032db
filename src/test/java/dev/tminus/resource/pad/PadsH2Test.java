package dev.tminus.resource.pad;

import dev.tminus.support.TestDatabase;

class PadsH2Test extends PadsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
