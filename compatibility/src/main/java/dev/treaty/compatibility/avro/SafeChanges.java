package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;

/**
 * Lists the notable changes a reader copes with (defaults filled in, writer fields skipped,
 * promotions, aliases, new enum symbols), so a diff can show them. It walks reader and writer
 * the way Avro's resolution pairs them, with Avro's paths, but never judges: every finding here is
 * SAFE, and breaking verdicts come from Avro's checker alone.
 */
final class SafeChanges {

  private final Schema readerRoot;
  private final Edit edit;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Schema, Set<Schema>> visited = new IdentityHashMap<>();

  private SafeChanges(Schema readerRoot, Edit edit) {
    this.readerRoot = readerRoot;
    this.edit = edit;
  }

  static List<Finding> between(Schema reader, Schema writer, Edit edit) {
    SafeChanges walk = new SafeChanges(reader, edit);
    try {
      walk.pair(reader, writer, SchemaPath.ROOT);
    } catch (StackOverflowError e) {
      return List.of(); // only informational; Avro's own check has already judged the pair
    }
    return List.copyOf(walk.findings);
  }

  private void pair(Schema reader, Schema writer, SchemaPath path) {
    // Only records can recurse, so only record pairs need remembering.
    if (reader.getType() == Type.RECORD
        && !visited.computeIfAbsent(reader, r -> Collections.newSetFromMap(new IdentityHashMap<>())).add(writer)) {
      return; // this pair is being (or has been) walked already
    }
    if (writer.getType() == Type.UNION) {
      for (int i = 0; i < writer.getTypes().size(); i++) {
        Schema branch = writer.getTypes().get(i);
        Schema match = reader.getType() == Type.UNION ? BranchMatch.find(reader, branch) : reader;
        if (match != null) {
          pair(match, branch, path.index(i));
        }
      }
    } else if (reader.getType() == Type.UNION) {
      Schema match = BranchMatch.find(reader, writer);
      if (match != null) {
        pair(match, writer, path);
      }
    } else if (reader.getType() == writer.getType()) {
      sameKind(reader, writer, path);
    } else if (BranchMatch.promotes(writer.getType(), reader.getType())) {
      add(AvroRules.TYPE_PROMOTED, path,
          IncompatibilityMessage.typeChanged(IncompatibilityMessage.capitalized(where(path).subject()), writer, reader, edit));
    }
  }

  private void sameKind(Schema reader, Schema writer, SchemaPath path) {
    switch (reader.getType()) {
      case RECORD -> {
        aliasUse(reader, writer, path);
        new RecordFields(reader, writer, path, this).walk();
      }
      case ENUM -> {
        aliasUse(reader, writer, path);
        enumSymbols(reader, writer, path);
      }
      case FIXED -> aliasUse(reader, writer, path);
      case ARRAY -> pair(reader.getElementType(), writer.getElementType(), path.child("items"));
      case MAP -> pair(reader.getValueType(), writer.getValueType(), path.child("values"));
      default -> { }
    }
  }

  void fieldPair(Schema reader, Schema writer, SchemaPath path) {
    pair(reader, writer, path);
  }

  private void aliasUse(Schema reader, Schema writer, SchemaPath path) {
    if (!reader.getName().equals(writer.getName()) && reader.getAliases().contains(writer.getFullName())) {
      add(AvroRules.ALIAS_USED, path.child("name"),
          IncompatibilityMessage.renamed(IncompatibilityMessage.capitalized(where(path).subject()), writer, reader, edit));
    }
  }

  private void enumSymbols(Schema reader, Schema writer, SchemaPath path) {
    Set<String> added = new LinkedHashSet<>(reader.getEnumSymbols());
    added.removeAll(writer.getEnumSymbols());
    Set<String> unknown = new LinkedHashSet<>(writer.getEnumSymbols());
    unknown.removeAll(new HashSet<>(reader.getEnumSymbols()));
    String subject = IncompatibilityMessage.capitalized(where(path).subject());
    if (!added.isEmpty()) {
      add(AvroRules.ENUM_SYMBOLS_ADDED, path.child("symbols"),
          IncompatibilityMessage.symbols(subject, List.copyOf(added), reader, edit.readerOnly()));
    }
    if (!unknown.isEmpty() && reader.getEnumDefault() != null) {
      add(AvroRules.ENUM_DEFAULT_USED, path.child("symbols"),
          IncompatibilityMessage.symbols(subject, List.copyOf(unknown), reader, edit.writerOnly()));
    }
  }

  Edit edit() {
    return edit;
  }

  /** Where a path points in the reader schema, for the sentences. */
  FieldPath where(SchemaPath path) {
    return FieldPath.of(readerRoot, path.toString());
  }

  void add(Rule rule, SchemaPath path, String message) {
    findings.add(Finding.safe(rule.id(), path, message));
  }
}
