package dev.treaty.cli;

import picocli.CommandLine;

/** Creates subcommands with the root command, through which they reach the session and options. */
final class SessionFactory implements CommandLine.IFactory {

  private final TreatyCommand root;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  SessionFactory(TreatyCommand root) {
    this.root = root;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (TreatyCommand.class.equals(type)) {
      return type.cast(root);
    }
    if (RegistryCommand.class.isAssignableFrom(type)) {
      K command = fallback.create(type);
      ((RegistryCommand) command).root = root;
      return command;
    }
    return fallback.create(type);
  }
}
