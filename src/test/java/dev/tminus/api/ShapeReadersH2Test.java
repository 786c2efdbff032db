package dev.tminus.api;

import dev.tminus.support.TestDatabase;

class ShapeReadersH2Test extends ShapeReadersContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
