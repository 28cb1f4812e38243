package dev.treaty.cli;

import picocli.CommandLine;

/** Entry point of the {@code treaty} command line. */
public final class Treaty {

  private Treaty() {}

  public static void main(String[] args) {
    int code = run(Session.system(), args);
    if (code != ServeCommand.KEEP_RUNNING) {
      System.exit(code);
    }
  }

  /** Runs one command line in the given session and returns its exit code. */
  static int run(Session session, String... args) {
    TreatyCommand root = new TreatyCommand(session);
    CommandLine commandLine = new CommandLine(root, new SessionFactory(root));
    commandLine.setOut(session.out());
    commandLine.setErr(session.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Failures::usage);
    commandLine.setExecutionExceptionHandler(new Failures(root));
    try {
      return commandLine.execute(args);
    } finally {
      session.out().flush();
      session.err().flush();
    }
  }
}
