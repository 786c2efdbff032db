package dev.tminus.resource;

import dev.tminus.support.TestDatabase;

class LinksResolvePostgresTest extends LinksResolveContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
