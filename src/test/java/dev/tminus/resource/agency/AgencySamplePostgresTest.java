package dev.tminus.resource.agency;

import dev.tminus.support.TestDatabase;

class AgencySamplePostgresTest extends AgencySampleContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
