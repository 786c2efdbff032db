package dev.tminus.web;

import dev.tminus.support.TestDatabase;

class CachingH2Test extends CachingContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
