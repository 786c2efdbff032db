package dev.tminus.resource.agency;

import dev.tminus.support.TestDatabase;

class AgencySampleH2Test extends AgencySampleContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
