package dev.tminus.resource.socialmedia;

import dev.tminus.support.TestDatabase;

class SocialMediaLinksPostgresTest extends SocialMediaLinksContract {
  @Override
  TestDatabase testDatabase() {
    return TestDatabase.POSTGRES;
  }
}
