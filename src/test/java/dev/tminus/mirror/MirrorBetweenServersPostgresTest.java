package dev.tminus.mirror;

import dev.tminus.support.TestDatabase;

class MirrorBetweenServersPostgresTest extends MirrorBetweenServersContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
