package dev.tminus.cli;

import dev.tminus.access.ApiKeys;
import dev.tminus.access.Rate;
import dev.tminus.db.Database;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tminus keys create|list|revoke}: the API keys clients send as {@code Authorization: Token
 * KEY} to a server that throttles ({@code serve --throttle}). Keys live in the database, so every
 * instance that uses it knows them at once.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Create, list and revoke API keys (sent as 'Authorization: Token KEY'; they count with serve --throttle).",
    subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a key and print it: it is shown only this once (only its hash is stored).")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who or what the key is for (unique).")
    String name;

    @Option(names = "--rate", paramLabel = "RATE",
        description = "Its own rate, e.g. 300/hour (default: serve --throttle's key= rate, or unlimited without one).")
    String rate;

    @Override
    public Integer call() {
      Rate own = parsed(spec, rate);
      try (Database db = Database.open(database.config())) {
        ApiKeys.Created created = new ApiKeys(db.dsl()).create(name, own, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        out.println("key " + created.key().id() + " '" + created.key().name() + "' created, rate "
            + (own == null ? "the server's key= rate" : own.text()) + ". Send it as 'Authorization: Token KEY'; "
            + "it is shown only now:");
        out.println(created.token());
        return 0;
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }

    private static Rate parsed(CommandSpec spec, String rate) {
      if (rate == null) return null;
      try {
        return Rate.parse(rate);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--rate: " + e.getMessage());
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (never the keys themselves).")
  static final class ListKeys implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      try (Database db = Database.open(database.config())) {
        List<ApiKeys.Key> keys = new ApiKeys(db.dsl()).list();
        PrintWriter out = spec.commandLine().getOut();
        if (keys.isEmpty()) {
          out.println("no keys");
          return 0;
        }
        out.printf("%-6s %-30s %-14s %s%n", "ID", "NAME", "RATE", "CREATED");
        for (ApiKeys.Key k : keys) {
          out.printf("%-6d %-30s %-14s %s%n", k.id(), k.name(), k.rate() == null ? "(key=)" : k.rate().text(),
              k.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        return 0;
      }
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revoke a key by name or id: from its next request on, every instance answers it 401 (Invalid token.).")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "NAME|ID", description = "The key's name, or its id as 'keys list' shows it.")
    String key;

    @Override
    public Integer call() {
      try (Database db = Database.open(database.config())) {
        Optional<ApiKeys.Key> revoked = new ApiKeys(db.dsl()).revoke(key);
        if (revoked.isEmpty()) {
          spec.commandLine().getErr().println("tminus: no key named or numbered '" + key + "'");
          return 1;
        }
        spec.commandLine().getOut().println("key " + revoked.get().id() + " '" + revoked.get().name() + "' revoked");
        return 0;
      }
    }
  }
}
