package dev.treaty.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code treaty subjects}: the registered subjects. */
@Command(name = "subjects", description = "List the subjects, one a line.")
final class SubjectsCommand extends RegistryCommand {

  @Option(names = "--deleted", description = "Include subjects whose versions are all soft-deleted.")
  boolean deleted;

  @Option(names = "--prefix", paramLabel = "PREFIX",
      description = "Only subjects starting with PREFIX (in the --context, when given).")
  String prefix = "";

  @Override
  int run() {
    OutputFormat format = textOrJson();
    String context = ContextOption.qualifier(root.context);
    List<String> subjects = client().subjects(deleted).stream()
        .filter(s -> root.context == null || (context.isEmpty() ? !s.startsWith(":.") || s.startsWith(":.:") : s.startsWith(context)))
        .filter(s -> s.startsWith(ContextOption.qualify(prefix, context)))
        .toList();
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), subjects);
    } else {
      subjects.forEach(this::println);
    }
    return ExitCodes.OK;
  }
}
