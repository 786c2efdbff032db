package dev.tminus.resource.payload;

import dev.tminus.support.TestDatabase;

class PayloadsPostgresTest extends PayloadsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
