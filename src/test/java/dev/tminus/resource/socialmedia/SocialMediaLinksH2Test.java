package dev.tminus.resource.socialmedia;

import dev.tminus.support.TestDatabase;

class SocialMediaLinksH2Test extends SocialMediaLinksContract {
  @Override
  TestDatabase testDatabase() {
    return TestDatabase.H2;
  }
}
