package dev.treaty.cli;

import dev.treaty.client.RegistryException;
import dev.treaty.client.model.Mode;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty mode [SUBJECT]}: shows or changes the mode, globally or of a subject. */
@Command(name = "mode", description = "Show or set the mode (global, or of SUBJECT).")
final class ModeCommand extends RegistryCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SUBJECT", description = "Omit for the global mode.")
  String subject;

  @ArgGroup(exclusive = true)
  Update change;

  static final class Update {
    @Option(names = "--set", paramLabel = "MODE", required = true,
        description = "READWRITE, READONLY, READONLY_OVERRIDE, IMPORT, or FORWARD (on the global context :.__GLOBAL: only).")
    String mode;

    @Option(names = "--unset", required = true,
        description = "Remove the subject's own mode (or reset the global one to READWRITE).")
    boolean unset;
  }

  @Option(names = "--force", description = "With --set IMPORT: switch even though subjects exist.")
  boolean force;

  @Option(names = "--recursive",
      description = "With --unset and no SUBJECT: also remove every subject's own mode.")
  boolean recursive;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    String scope = subject == null ? "global" : subject;
    if (change != null && change.mode != null) {
      Mode stored = client().updateMode(subject, change.mode.trim().toUpperCase(Locale.ROOT), force);
      return show(format, stored, scope + ": " + stored.mode());
    }
    if (change != null && change.unset) {
      Mode previous = client().deleteMode(subject, recursive);
      return show(format, previous, scope + (previous.mode() == null ? ": had no mode of its own" : ": removed " + previous.mode()));
    }
    if (subject == null) {
      Mode global = client().mode(null, false);
      return show(format, global, "global: " + global.mode());
    }
    try {
      Mode own = client().mode(subject, false);
      return show(format, own, subject + ": " + own.mode());
    } catch (RegistryException e) {
      if (!e.isNotFound()) {
        throw e;
      }
      Mode inherited = client().mode(subject, true);
      return show(format, inherited, subject + ": " + inherited.mode() + " (inherited, not set on the subject)");
    }
  }

  private int show(OutputFormat format, Mode mode, String line) {
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), mode);
    } else {
      println(line);
    }
    return ExitCodes.OK;
  }
}
