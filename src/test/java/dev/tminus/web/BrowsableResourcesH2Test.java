package dev.tminus.web;

import dev.tminus.support.TestDatabase;

class BrowsableResourcesH2Test extends BrowsableResourcesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
