package dev.treaty.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treaty completion bash|zsh}: a completion script. picocli's script serves both shells
 * (zsh through bashcompinit, which the script loads itself).
 */
@Command(name = "completion", description = "Print a shell completion script: source <(treaty completion bash).")
final class CompletionCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  int run() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new InputException("Unknown shell '" + shell + "'; use bash or zsh");
    }
    CommandLine root = spec.root().commandLine();
    session().out().print(AutoComplete.bash("treaty", root));
    return ExitCodes.OK;
  }
}
