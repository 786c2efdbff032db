package dev.tminus.resource.agency;

import dev.tminus.support.TestDatabase;

class AgenciesPostgresTest extends AgenciesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
