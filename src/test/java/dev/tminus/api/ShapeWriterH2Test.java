package dev.tminus.api;

import dev.tminus.support.TestDatabase;

class ShapeWriterH2Test extends ShapeWriterContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
