package dev.treaty.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty delete SUBJECT [VERSION]}: soft-deletes (or, after that, permanently deletes). */
@Command(name = "delete", description = "Delete a subject, or one of its versions.")
final class DeleteCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "SUBJECT")
  String subject;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VERSION", description = "A number or latest; omit for all.")
  String version;

  @Option(names = "--permanent", description = "Remove for good what an earlier delete soft-deleted.")
  boolean permanent;

  record Deleted(String subject, List<Integer> versions, boolean permanent) {}

  @Override
  int run() {
    OutputFormat format = textOrJson();
    List<Integer> versions = version == null
        ? client().deleteSubject(subject, permanent)
        : List.of(client().deleteVersion(subject, version, permanent));
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), new Deleted(subject, versions, permanent));
      return ExitCodes.OK;
    }
    String numbers = versions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    String noun = versions.size() == 1 ? "version " : "versions ";
    println(permanent
        ? "Permanently deleted " + subject + " " + noun + numbers
        : "Soft-deleted " + subject + " " + noun + numbers + " (still readable by id; --permanent removes "
            + (versions.size() == 1 ? "it" : "them") + " for good)");
    return ExitCodes.OK;
  }
}
