package dev.tminus.cli;

import dev.tminus.api.Resource;
import dev.tminus.db.Database;
import dev.tminus.mirror.Mirror;
import dev.tminus.mirror.MirrorException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "mirror", mixinStandardHelpOptions = true,
    description = {"Copy every served resource of an upstream LL2 API (or another tminus) into the database.",
        "Events are copied incrementally (each run fetches only events changed since the last one), the other, small "
            + "resources whole. Safe to interrupt at any moment."})
final class MirrorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Option(names = "--from", required = true, paramLabel = "BASE_URL",
      description = "The upstream API root, e.g. https://lldev.thespacedevs.com/2.3.0 or https://ll.thespacedevs.com/2.3.0.")
  String from;

  @Option(names = "--token", paramLabel = "KEY", defaultValue = "${env:TMINUS_UPSTREAM_TOKEN}",
      description = "LL2 API key, sent as 'Authorization: Token KEY' (env TMINUS_UPSTREAM_TOKEN, which keeps it out of ps).")
  String token;

  @Option(names = "--full", description = "List everything again and delete local objects the upstream no longer lists.")
  boolean full;

  @Option(names = "--resource", paramLabel = "NAME",
      description = "Mirror only this resource, as its path under /2.3.0/ (e.g. events, config/orbits); repeat it "
          + "for several. Default: every served resource.")
  List<String> resources;

  @Override
  public Integer call() {
    checkBaseUrl(spec, from);
    List<Resource<?>> chosen;
    try {
      chosen = resources == null ? Mirror.everything()
          : Mirror.only(resources.stream().map(r -> r.replaceAll("^/+|/+$", "")).toList());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--resource " + e.getMessage());
    }
    try (Database db = Database.open(database.config())) {
      Mirror.Summary summary = Mirror.create(db, from, token, Mirror.Settings.DEFAULTS, System.err, chosen).run(full);
      spec.commandLine().getOut().println(summary);
      return 0;
    } catch (MirrorException e) {
      spec.commandLine().getErr().println("tminus mirror: " + e.getMessage());
      return 1;
    }
  }

  static void checkBaseUrl(CommandSpec spec, String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new ParameterException(spec.commandLine(),
          "the upstream must be an http:// or https:// url, e.g. https://lldev.thespacedevs.com/2.3.0 (got " + url + ")");
    }
  }
}
