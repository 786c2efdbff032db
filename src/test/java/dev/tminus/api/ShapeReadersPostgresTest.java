package dev.tminus.api;

import dev.tminus.support.TestDatabase;

class ShapeReadersPostgresTest extends ShapeReadersContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
