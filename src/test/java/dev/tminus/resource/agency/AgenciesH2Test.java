package dev.tminus.resource.agency;

import dev.tminus.support.TestDatabase;

class AgenciesH2Test extends AgenciesContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
