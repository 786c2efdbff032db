package dev.tminus.web;

import dev.tminus.support.TestDatabase;

/** The throttle on H2: histories in the server's memory. */
class ThrottleH2Test extends ThrottleContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
