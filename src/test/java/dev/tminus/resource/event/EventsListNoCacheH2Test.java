package dev.tminus.resource.event;

import dev.tminus.cache.RenderCache;
import dev.tminus.support.TestDatabase;
import dev.tminus.web.Server;

/** The list contract with the render cache off ({@code serve --no-cache}). */
class EventsListNoCacheH2Test extends EventsListContract {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @Override
  Server.Caching caching() {
    return new Server.Caching(RenderCache.Settings.DISABLED, 0);
  }
}
