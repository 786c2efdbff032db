package dev.tminus.web;

import dev.tminus.support.TestDatabase;

class BrowsableResourcesPostgresTest extends BrowsableResourcesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
