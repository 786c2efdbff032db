package dev.tminus.resource.config;

import dev.tminus.support.TestDatabase;

class ConfigListsH2Test extends ConfigListsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
