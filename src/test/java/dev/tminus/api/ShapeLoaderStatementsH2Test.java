package dev.tminus.api;

import dev.tminus.support.TestDatabase;

class ShapeLoaderStatementsH2Test extends ShapeLoaderStatementsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
