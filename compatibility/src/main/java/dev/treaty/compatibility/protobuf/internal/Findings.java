package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.Severity;
import dev.treaty.compatibility.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Collects the findings of one check, and gives rules the two linked schemas for look-ups. */
public final class Findings {

  private final LinkedSchema writer;
  private final LinkedSchema reader;
  private final Edit edit;
  private final List<Finding> found = new ArrayList<>();
  private final Map<String, Boolean> compared;

  Findings(LinkedSchema writer, LinkedSchema reader, Edit edit) {
    this(writer, reader, edit, new HashMap<>());
  }

  private Findings(LinkedSchema writer, LinkedSchema reader, Edit edit, Map<String, Boolean> compared) {
    this.writer = writer;
    this.reader = reader;
    this.edit = edit;
    this.compared = compared;
  }

  /** How to word a finding as the edit the user made (the writer is the earlier schema unless the check is FORWARD). */
  public Edit edit() {
    return edit;
  }

  /** Fresh findings for comparing two referenced types, sharing the look-ups and the cycle guard. */
  Findings nested() {
    return new Findings(writer, reader, edit, compared);
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

  /** A {@code file:line:column} and whether it is in the writer's schema or the reader's. */
  public record Located(String location, boolean inWriter) {}

  /** A location in the writer's schema. */
  public Located writerAt(String location) {
    return new Located(location, true);
  }

  /** A location in the reader's schema. */
  public Located readerAt(String location) {
    return new Located(location, false);
  }

  public void breaking(Rule rule, SchemaPath path, Located at, String message) {
    found.add(new Finding(rule.id(), Severity.BREAKING, path.toString(), at.location(), message, null, null, null, side(at)));
  }

  public void safe(Rule rule, SchemaPath path, Located at, String message) {
    found.add(new Finding(rule.id(), Severity.SAFE, path.toString(), at.location(), message, null, null, null, side(at)));
  }

  // The writer is the old schema unless the check is FORWARD; the reader is then the old one.
  private Side side(Located at) {
    if (at.location() == null) {
      return null;
    }
    return at.inWriter() ? edit.earlier(Side.OLD, Side.NEW) : edit.earlier(Side.NEW, Side.OLD);
  }

  List<Finding> all() {
    return found.stream().sorted(Finding.ORDER).toList();
  }

  /** A catalogue entry of a Protobuf rule belonging to the given rule sets, with how to make its change safely. */
  public static Rule rule(String id, String purpose, String remedy, ProtobufRuleSet... sets) {
    return new Rule("PROTOBUF", id, purpose, java.util.Arrays.stream(sets).map(Enum::name).toList(), remedy);
  }
}
