package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one check, and gives rules the two linked schemas for look-ups. */
public final class Findings {

  private final LinkedSchema writer;
  private final LinkedSchema reader;
  private final List<Finding> found = new ArrayList<>();

  Findings(LinkedSchema writer, LinkedSchema reader) {
    this.writer = writer;
    this.reader = reader;
  }

  public LinkedSchema writer() {
    return writer;
  }

  public LinkedSchema reader() {
    return reader;
  }

  public void breaking(Rule rule, SchemaPath path, String location, String message) {
    found.add(new Finding(rule.id(), Severity.BREAKING, path.toString(), location, message, null, null));
  }

  public void safe(Rule rule, SchemaPath path, String location, String message) {
    found.add(new Finding(rule.id(), Severity.SAFE, path.toString(), location, message, null, null));
  }

  List<Finding> all() {
    return found.stream().sorted(Finding.ORDER).toList();
  }

  /** A catalogue entry of a Protobuf rule belonging to the given rule sets. */
  public static Rule rule(String id, String purpose, ProtobufRuleSet... sets) {
    return new Rule("PROTOBUF", id, purpose, java.util.Arrays.stream(sets).map(Enum::name).toList());
  }
}
