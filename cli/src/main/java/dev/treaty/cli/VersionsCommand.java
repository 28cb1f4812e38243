package dev.treaty.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty versions SUBJECT}: the version numbers of a subject. */
@Command(name = "versions", description = "List the versions of a subject, one a line.")
final class VersionsCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "SUBJECT")
  String subject;

  @Option(names = "--deleted", description = "Include soft-deleted versions.")
  boolean deleted;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    List<Integer> versions = client().versions(subject, deleted);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), versions);
    } else {
      versions.forEach(version -> println(Integer.toString(version)));
    }
    return ExitCodes.OK;
  }
}
