package dev.tminus.api;

import dev.tminus.support.TestDatabase;

class ShapeWriterPostgresTest extends ShapeWriterContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
