package dev.tminus.api;

import dev.tminus.support.TestDatabase;

class ShapeLoaderStatementsPostgresTest extends ShapeLoaderStatementsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
