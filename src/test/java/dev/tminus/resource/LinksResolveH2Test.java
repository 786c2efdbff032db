package dev.tminus.resource;

import dev.tminus.support.TestDatabase;

class LinksResolveH2Test extends LinksResolveContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
