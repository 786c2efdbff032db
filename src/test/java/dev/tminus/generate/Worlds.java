package dev.tminus.generate;

import dev.tminus.api.Links;
import dev.tminus.api.Resource;
import dev.tminus.api.ResourceWriter;
import dev.tminus.resource.Resources;
import dev.tminus.support.TestServer;

/** A generated world written into a test server's database through each resource's own writer, as serve --demo does. */
public final class Worlds {
  private Worlds() {}

  /** Launches a filled world has: few, to keep tests quick (the events embed them all). */
  public static final int LAUNCHES = 300;

  public static void fill(TestServer server, int events, long seed) {
    World world = World.of(events, LAUNCHES, seed, Links.of("http://generated.example", null), Timeline.FIXED);
    server.database.dsl().transaction(tx -> {
      for (World.Content c : world.contents()) {
        Resource<?> r = Resources.byCollection(c.collection());
        ResourceWriter writer = r.writer(tx.dsl());
        c.objects().get().forEachRemaining(writer::add);
        writer.flush();
      }
    });
  }
}
