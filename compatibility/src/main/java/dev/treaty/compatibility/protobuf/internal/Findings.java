package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Collects the findings of one check, and gives rules the two linked schemas for look-ups. */
public final class Findings {

  private final LinkedSchema writer;
  private final LinkedSchema reader;
  private final List<Finding> found = new ArrayList<>();
  private final Map<String, Boolean> compared;

  Findings(LinkedSchema writer, LinkedSchema reader) {
    this(writer, reader, new HashMap<>());
  }

  private Findings(LinkedSchema writer, LinkedSchema reader, Map<String, Boolean> compared) {
    this.writer = writer;
    this.reader = reader;
    this.compared = compared;
  }

  /** Fresh findings for comparing two referenced types, sharing the look-ups and the cycle guard. */
  Findings nested() {
    return new Findings(writer, reader, compared);
  }

  /**
   * Whether a referenced writer type and reader type differ in a breaking way, computed once per
   * pair. A pair met again while it is being compared (a recursive type) counts as not breaking:
   * the comparison in progress already covers it.
   */
  public boolean referencedTypesBreak(String writerType, String readerType, BooleanSupplier compare) {
    String key = writerType + " -> " + readerType;
    Boolean known = compared.get(key);
    if (known != null) {
      return known;
    }
    compared.put(key, false);
    boolean breaks = compare.getAsBoolean();
    compared.put(key, breaks);
    return breaks;
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
