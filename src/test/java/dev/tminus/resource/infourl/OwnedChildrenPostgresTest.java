package dev.tminus.resource.infourl;

import dev.tminus.support.TestDatabase;

class OwnedChildrenPostgresTest extends OwnedChildrenContract {
  @Override
  TestDatabase testDatabase() {
    return TestDatabase.POSTGRES;
  }
}
