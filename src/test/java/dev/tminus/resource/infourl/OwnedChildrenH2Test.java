package dev.tminus.resource.infourl;

import dev.tminus.support.TestDatabase;

class OwnedChildrenH2Test extends OwnedChildrenContract {
  @Override
  TestDatabase testDatabase() {
    return TestDatabase.H2;
  }
}
