package dev.treaty.cli;

import dev.treaty.client.model.Deprecation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty deprecate SUBJECT[@VERSION]}: marks a subject or one version deprecated, with a
 * reason, a sunset day and a replacement; {@code --undo} takes it back.
 */
@Command(name = "deprecate", description = "Deprecate a subject or a version (SUBJECT[@VERSION]); --undo takes it back.")
final class DeprecateCommand extends RegistryCommand {

  private static final Pattern TARGET = Pattern.compile("(.+?)(?:@(\\d+))?");

  @Parameters(index = "0", paramLabel = "SUBJECT[@VERSION]")
  String target;

  @Option(names = "--sunset", paramLabel = "DATE", description = "The day (YYYY-MM-DD, UTC) from which it is retired.")
  String sunset;

  @Option(names = "--replacement", paramLabel = "SUBJECT[@VERSION]", description = "What to use instead.")
  String replacement;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the people who still use it.")
  String reason;

  @Option(names = "--undo", description = "Remove the deprecation instead.")
  boolean undo;

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Matcher matcher = TARGET.matcher(target);
    if (!matcher.matches()) {
      throw new InputException("Name a subject, or SUBJECT@VERSION");
    }
    String subject = matcher.group(1);
    Integer version = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
    if (sunset != null) {
      try {
        LocalDate.parse(sunset);
      } catch (DateTimeParseException e) {
        throw new InputException("--sunset takes a date such as 2027-01-31, not " + sunset, e);
      }
    }
    if (undo && (sunset != null || replacement != null || reason != null)) {
      throw new InputException("--undo takes no --sunset, --replacement or --reason");
    }
    Deprecation result = undo
        ? client().undeprecate(subject, version)
        : client().deprecate(subject, version, reason, sunset, replacement);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), result);
    } else {
      println(undo ? target + " is no longer deprecated" : result.describe());
    }
    return ExitCodes.OK;
  }
}
