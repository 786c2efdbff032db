package dev.tminus.web;

import dev.tminus.support.TestDatabase;

class BrowsableApiH2Test extends BrowsableApiContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
