package dev.treaty.cli;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.lint.LintFinding;
import dev.treaty.compatibility.lint.LintRuleSet;
import dev.treaty.compatibility.lint.LintRuleSets;
import dev.treaty.compatibility.lint.Linter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty lint FILE...}: the event lint rules on local schema files, offline. Exit 1 when a
 * finding is an ERROR, 2 on bad input.
 */
@Command(name = "lint", description = "Check schema files against event lint rules (offline).")
final class LintCommand extends RegistryCommand {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Schema files (.avsc, .proto, .json).")
  List<String> files = new ArrayList<>();

  @Option(names = "--type", paramLabel = "TYPE", description = "AVRO, PROTOBUF or JSON, when not clear from the extensions.")
  String type;

  @Option(names = "--rules", paramLabel = "NAME|FILE", defaultValue = "event",
      description = "A built-in rule set (event, protobuf-standard, none) or a JSON rule set file. Default: event.")
  String rules;

  @Override
  int run() {
    OutputFormat format = output();
    LintRuleSet ruleSet = ruleSet();
    Map<SchemaFile, List<LintFinding>> results = new LinkedHashMap<>();
    for (String path : files) {
      SchemaFile file = SchemaFile.read(session(), path, type);
      ParsedSchema schema = Formats.parse(session(), file.type(), file.text(), List.of());
      try {
        results.put(file, Linter.lint(schema, null, path, ruleSet));
      } catch (IllegalArgumentException e) {
        throw new InputException("Bad rule set " + rules + ": " + e.getMessage(), e);
      }
    }
    PrintWriter out = session().out();
    switch (format) {
      case JSON -> json(out, results);
      case GITHUB -> github(out, results);
      case TEXT -> text(out, results);
    }
    boolean errors = results.values().stream().flatMap(List::stream).anyMatch(LintFinding::isError);
    return errors ? ExitCodes.INCOMPATIBLE : ExitCodes.OK;
  }

  private LintRuleSet ruleSet() {
    try {
      return LintRuleSets.load(rules, session().resolve("."));
    } catch (IllegalArgumentException e) {
      throw new InputException("Bad --rules: " + e.getMessage(), e);
    }
  }

  private void text(PrintWriter out, Map<SchemaFile, List<LintFinding>> results) {
    Colours colours = session().colours();
    int errors = 0;
    int warnings = 0;
    for (Map.Entry<SchemaFile, List<LintFinding>> entry : results.entrySet()) {
      for (LintFinding finding : entry.getValue()) {
        String where = finding.location() != null
            ? finding.location()
            : entry.getKey().shown() + "#" + finding.path();
        String severity = finding.isError() ? colours.red("ERROR  ") : "WARNING";
        out.println(where + ": " + severity + " " + finding.ruleId() + " " + finding.message());
        out.println("    " + colours.dim("fix: " + finding.remedy()));
        if (finding.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    String summary = results.size() + " file" + (results.size() == 1 ? "" : "s") + " linted with " + rules + ": "
        + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    out.println(errors > 0 ? colours.bold(summary) : summary);
  }

  private static void json(PrintWriter out, Map<SchemaFile, List<LintFinding>> results) {
    List<Map<String, Object>> files = new ArrayList<>();
    results.forEach((file, findings) -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("file", file.shown());
      one.put("findings", findings);
      files.add(one);
    });
    JsonOutput.print(out, files.size() == 1 ? files.get(0) : files);
  }

  private static void github(PrintWriter out, Map<SchemaFile, List<LintFinding>> results) {
    results.forEach((file, findings) -> {
      for (LintFinding finding : findings) {
        StringBuilder line = new StringBuilder(finding.isError() ? "::error " : "::warning ");
        line.append("file=").append(ChangePrinter.property(file.shown())).append(',');
        ChangePrinter.Position position = ChangePrinter.Position.of(finding.location());
        if (position != null) {
          line.append("line=").append(position.line()).append(',');
          if (position.column() != null) {
            line.append("col=").append(position.column()).append(',');
          }
        }
        line.append("title=").append(ChangePrinter.property(finding.ruleId()));
        String where = finding.path().isEmpty() ? "/" : finding.path();
        line.append("::").append(ChangePrinter.data(finding.message() + " (" + where + ") Fix: " + finding.remedy()));
        out.println(line);
      }
    });
  }
}
