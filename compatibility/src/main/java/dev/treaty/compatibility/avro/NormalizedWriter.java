package dev.treaty.compatibility.avro;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.Accessor;

/**
 * Writes one schema in normalized form. A named type is written in full the first time it is met
 * and by its full name afterwards (which is also how recursion is written).
 */
final class NormalizedWriter {

  private final JsonGenerator json;
  private final Set<String> written;

  NormalizedWriter(JsonGenerator json, Set<String> alreadyKnown) {
    this.json = json;
    this.written = alreadyKnown;
  }

  /** @param namespace the namespace a bare name would be resolved in at this point */
  void write(Schema schema, String namespace) throws IOException {
    switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> writeNamed(schema, namespace);
      case ARRAY -> writeContainer(schema, "array", "items", schema.getElementType(), namespace);
      case MAP -> writeContainer(schema, "map", "values", schema.getValueType(), namespace);
      case UNION -> {
        json.writeStartArray();
        for (Schema branch : schema.getTypes()) {
          write(branch, namespace);
        }
        json.writeEndArray();
      }
      default -> writePrimitive(schema);
    }
  }

  private void writePrimitive(Schema schema) throws IOException {
    if (schema.getObjectProps().isEmpty()) {
      json.writeString(schema.getName());
      return;
    }
    json.writeStartObject();
    json.writeStringField("type", schema.getName());
    writeProps(schema);
    json.writeEndObject();
  }

  private void writeContainer(Schema schema, String type, String key, Schema inner, String namespace)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("type", type);
    json.writeFieldName(key);
    write(inner, namespace);
    writeProps(schema);
    json.writeEndObject();
  }

  private void writeNamed(Schema schema, String namespace) throws IOException {
    String fullName = schema.getFullName();
    if (!written.add(fullName)) {
      json.writeString(fullName);
      return;
    }
    String ownNamespace = schema.getNamespace() == null ? "" : schema.getNamespace();
    json.writeStartObject();
    json.writeStringField("type", schema.getType() == Schema.Type.RECORD && schema.isError() ? "error" : schema.getType().getName());
    json.writeStringField("name", fullName);
    if (ownNamespace.isEmpty() && !namespace.isEmpty()) {
      // A bare name inside a namespaced type would otherwise be taken into that namespace.
      json.writeStringField("namespace", "");
    }
    writeOptionalString("doc", schema.getDoc());
    writeAliases(schema.getAliases());
    switch (schema.getType()) {
      case RECORD -> writeFields(schema, ownNamespace);
      case ENUM -> {
        json.writeArrayFieldStart("symbols");
        for (String symbol : schema.getEnumSymbols()) {
          json.writeString(symbol);
        }
        json.writeEndArray();
        writeOptionalString("default", schema.getEnumDefault());
      }
      default -> json.writeNumberField("size", schema.getFixedSize());
    }
    writeProps(schema);
    json.writeEndObject();
  }

  private void writeFields(Schema record, String namespace) throws IOException {
    json.writeArrayFieldStart("fields");
    for (Schema.Field field : record.getFields()) {
      json.writeStartObject();
      json.writeStringField("name", field.name());
      json.writeFieldName("type");
      write(field.schema(), namespace);
      writeOptionalString("doc", field.doc());
      if (field.hasDefaultValue()) {
        json.writeFieldName("default");
        json.writeTree(Accessor.defaultValue(field));
      }
      if (field.order() != Schema.Field.Order.ASCENDING) {
        json.writeStringField("order", field.order().name().toLowerCase(java.util.Locale.ROOT));
      }
      writeAliases(field.aliases());
      writeSortedProps(field.getObjectProps());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeProps(Schema schema) throws IOException {
    Map<String, Object> props = new TreeMap<>(schema.getObjectProps());
    if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal && decimal.getScale() == 0) {
      props.remove("scale"); // a scale of 0 is the default: writing it or not means the same
    }
    writeSortedProps(props);
  }

  private void writeSortedProps(Map<String, Object> props) throws IOException {
    for (Map.Entry<String, Object> prop : new TreeMap<>(props).entrySet()) {
      json.writeObjectField(prop.getKey(), prop.getValue());
    }
  }

  private void writeAliases(Set<String> aliases) throws IOException {
    if (aliases.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("aliases");
    for (String alias : new TreeSet<>(aliases)) {
      json.writeString(alias);
    }
    json.writeEndArray();
  }

  private void writeOptionalString(String key, String value) throws IOException {
    if (value != null) {
      json.writeStringField(key, value);
    }
  }
}
