package dev.tminus.web;

import dev.tminus.support.TestDatabase;

class BrowsableApiPostgresTest extends BrowsableApiContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
