package dev.tminus.web;

import dev.tminus.support.TestDatabase;

class CachingPostgresTest extends CachingContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
