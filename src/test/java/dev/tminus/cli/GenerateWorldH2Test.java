package dev.tminus.cli;

import dev.tminus.support.TestDatabase;

class GenerateWorldH2Test extends GenerateWorldContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
