package dev.treaty.cli;

import dev.treaty.registry.RegistryServer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code treaty serve}: runs the registry server in this process, with the server's own flags
 * ({@code --port}, {@code --db-url}, ...) and environment variables. Returns only when stopped.
 */
@Command(name = "serve", description = "Start the registry server (flags as for the server: --port, --db-url, ...).")
final class ServeCommand extends RegistryCommand {

  /** The exit code that tells {@link Treaty#main} not to exit: the server's threads keep running. */
  static final int KEEP_RUNNING = -1;

  @Unmatched
  List<String> serverArgs = new ArrayList<>();

  @Override
  int run() {
    RegistryServer.main(serverArgs.toArray(String[]::new));
    return KEEP_RUNNING;
  }
}
