package dev.tminus.cli;

import dev.tminus.support.TestDatabase;

class ExportRoundTripH2Test extends ExportRoundTripContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
