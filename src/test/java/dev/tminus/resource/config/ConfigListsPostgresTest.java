package dev.tminus.resource.config;

import dev.tminus.support.TestDatabase;

class ConfigListsPostgresTest extends ConfigListsContract {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
