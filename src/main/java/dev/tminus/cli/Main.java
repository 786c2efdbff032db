package dev.tminus.cli;

import dev.tminus.db.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  /** The command line with its error handling: a database that cannot be opened is a message, not a stack trace. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof Database.DatabaseUnavailable) {
        commandLine.getErr().println("tminus: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"tminus " + (v == null ? "(development build)" : v)};
    }
  }
}
