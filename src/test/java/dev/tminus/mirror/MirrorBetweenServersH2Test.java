package dev.tminus.mirror;

import dev.tminus.support.TestDatabase;

class MirrorBetweenServersH2Test extends MirrorBetweenServersContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
