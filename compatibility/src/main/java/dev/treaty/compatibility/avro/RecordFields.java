package dev.treaty.compatibility.avro;

import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.Accessor;

/**
 * Pairs the fields of a reader and a writer record as Avro does (by name, then by the reader
 * field's aliases) and reports the safe changes among them.
 */
final class RecordFields {

  private final Schema reader;
  private final Schema writer;
  private final SchemaPath path;
  private final SafeChanges changes;

  RecordFields(Schema reader, Schema writer, SchemaPath path, SafeChanges changes) {
    this.reader = reader;
    this.writer = writer;
    this.path = path;
    this.changes = changes;
  }

  void walk() {
    Set<String> claimed = new HashSet<>();
    for (Schema.Field field : reader.getFields()) {
      SchemaPath at = path.child("fields").index(field.pos());
      Schema.Field written = writer.getField(field.name());
      if (written == null) {
        written = byAlias(field);
        if (written != null) {
          changes.add(AvroRules.ALIAS_USED, at, "Field `" + String.join(".", changes.where(path).fields())
              + (changes.where(path).fields().isEmpty() ? "" : ".") + changes.edit().earlier(written.name(), field.name())
              + "` was renamed to `" + changes.edit().later(written.name(), field.name()) + "`, with an alias for the old name.");
        }
      }
      if (written != null) {
        claimed.add(written.name());
        changes.fieldPair(field.schema(), written.schema(), at.child("type"));
      } else if (field.hasDefaultValue()) {
        changes.add(AvroRules.FIELD_DEFAULT_USED, at, oneSided(changes.where(at), changes.edit().readerOnly(), field));
      }
    }
    for (Schema.Field field : writer.getFields()) {
      if (!claimed.contains(field.name())) {
        List<String> name = new ArrayList<>(changes.where(path).fields());
        name.add(field.name());
        changes.add(AvroRules.WRITER_FIELD_IGNORED, path.child("fields"),
            oneSided(new FieldPath(List.copyOf(name), "", false), changes.edit().writerOnly(), field));
      }
    }
  }

  /**
   * The sentence of a field only one side has, the same from either direction: "Field `email`
   * was added without a default." A field whose default is unknown here ({@code field == null})
   * has none.
   */
  static String oneSided(FieldPath where, String addedOrRemoved, Schema.Field field) {
    String subject = IncompatibilityMessage.capitalized(where.subject());
    boolean withDefault = field != null && field.hasDefaultValue();
    String value = withDefault ? shorten(Accessor.defaultValue(field).toString()) : "";
    return "added".equals(addedOrRemoved)
        ? subject + " was added " + (withDefault ? "with the default " + value : "without a default") + "."
        : subject + " was removed " + (withDefault ? "(its default was " + value + ")" : "(it had no default)") + ".";
  }

  private Schema.Field byAlias(Schema.Field field) {
    for (String alias : field.aliases()) {
      Schema.Field written = writer.getField(alias);
      if (written != null) {
        return written;
      }
    }
    return null;
  }

  private static String shorten(String json) {
    return json.length() <= 60 ? json : json.substring(0, 60) + "…";
  }
}
