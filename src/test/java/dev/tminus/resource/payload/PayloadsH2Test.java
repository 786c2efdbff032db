package dev.tminus.resource.payload;

import dev.tminus.support.TestDatabase;

class PayloadsH2Test extends PayloadsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
