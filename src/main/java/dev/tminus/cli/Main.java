package dev.tminus.cli;

import dev.tminus.db.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/** {@code java -jar tminus.jar <command>}: the entry point of every tminus command. */
@Command(name = "tminus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "A self-hostable server for The Space Devs' Launch Library 2 API 2.3.0.",
    subcommands = {ServeCommand.class, ImportCommand.class, MirrorCommand.class, ExportCommand.class, GenerateCommand.class,
        KeysCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with its error handling: a database that cannot be opened is a message, not a
   * stack trace; a bad option is one line naming it (and the option meant, when one is close), not
   * the whole usage; every command's {@code --version} prints the project's version.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    setVersion(cli, new Version());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof Database.DatabaseUnavailable) {
        commandLine.getErr().println("tminus: " + e.getMessage());
        return 2;
      }
      if (e instanceof StartupFailure) {
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        return 2;
      }
      throw e;
    });
    cli.setParameterExceptionHandler(Main::badUsage);
    return cli;
  }

  private static void setVersion(CommandLine cli, CommandLine.IVersionProvider version) {
    cli.getCommandSpec().versionProvider(version);
    for (CommandLine sub : cli.getSubcommands().values()) setVersion(sub, version);
  }

  /** One line saying what is wrong and, for an unknown option, which one was probably meant; then where help is. */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    String name = c.getCommandSpec().qualifiedName();
    String message = e.getMessage();
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unknown = u.getUnmatched().stream().filter(a -> a.startsWith("-")).toList();
      if (!unknown.isEmpty()) {
        String given = unknown.get(0).split("=", 2)[0];
        message = "unknown option " + given;
        String meant = closest(given, c.getCommandSpec().options());
        if (meant != null) message += " (did you mean " + meant + "?)";
      }
    }
    err.println(name + ": " + message);
    err.println("See '" + name + " --help' for its options.");
    return c.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The option name nearest {@code given} when it is near enough to be a typo (edit distance, transpositions counting one). */
  static String closest(String given, List<OptionSpec> options) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<String> names = new ArrayList<>();
    for (OptionSpec o : options) names.addAll(List.of(o.names()));
    for (String n : names) {
      int d = distance(given.toLowerCase(java.util.Locale.ROOT), n);
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    int allowed = Math.max(1, given.replaceFirst("^-+", "").length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The project's version, written into {@code tminus-version.properties} by the build. */
  public static String version() {
    try (InputStream in = Main.class.getResourceAsStream("/tminus-version.properties")) {
      if (in == null) return "(development build)";
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      return v == null || v.isBlank() || v.startsWith("${") ? "(development build)" : v;
    } catch (IOException e) {
      return "(development build)";
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tminus " + version()};
    }
  }

  /** Something the command needs at start-up is missing (a port in use, …); the message says what and which option changes it. */
  static final class StartupFailure extends RuntimeException {
    StartupFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
