package dev.treaty.cli;

import dev.treaty.client.RegistryException;
import dev.treaty.client.model.Config;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.compatibility.CompatibilityLevel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty config [SUBJECT]}: shows or changes the compatibility level, globally or of a subject. */
@Command(name = "config", description = "Show or set the compatibility level (global, or of SUBJECT).")
final class ConfigCommand extends RegistryCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SUBJECT", description = "Omit for the global level.")
  String subject;

  @ArgGroup(exclusive = true)
  Update change;

  static final class Update {
    @Option(names = "--set", paramLabel = "LEVEL", converter = LevelOption.class, required = true,
        description = "NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.")
    CompatibilityLevel level;

    @Option(names = "--unset", required = true,
        description = "Remove the subject's own level (or reset the global one to the server default).")
    boolean unset;
  }

  @Override
  int run() {
    OutputFormat format = textOrJson();
    String scope = subject == null ? "global" : subject;
    if (change != null && change.level != null) {
      ConfigUpdateRequest stored = client().updateConfig(subject, new ConfigUpdateRequest(
          change.level.name(), null, null, null, null, null, null, null, null, null, null));
      return show(format, stored.asConfig(), scope + ": " + stored.compatibility());
    }
    if (change != null && change.unset) {
      Config previous = client().deleteConfig(subject);
      return show(format, previous, scope + ": removed " + previous.compatibilityLevel());
    }
    if (subject == null) {
      Config global = client().config(null, false);
      return show(format, global, "global: " + global.compatibilityLevel());
    }
    try {
      Config own = client().config(subject, false);
      return show(format, own, subject + ": " + own.compatibilityLevel());
    } catch (RegistryException e) {
      if (!e.isNotFound()) {
        throw e;
      }
      Config inherited = client().config(subject, true);
      return show(format, inherited, subject + ": " + inherited.compatibilityLevel() + " (inherited, not set on the subject)");
    }
  }

  private int show(OutputFormat format, Config config, String line) {
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), config);
    } else {
      println(line);
    }
    return ExitCodes.OK;
  }
}
