package dev.tminus.web;

import dev.tminus.support.TestDatabase;

/** The throttle on PostgreSQL: histories in the shared throttle_history table. */
class ThrottlePostgresTest extends ThrottleContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
