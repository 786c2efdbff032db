package dev.tminus.cli;

import dev.tminus.support.TestDatabase;

class ExportRoundTripPostgresTest extends ExportRoundTripContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
