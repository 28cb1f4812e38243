package dev.treaty.compatibility.lint.internal;

import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;

/** Reads an Avro schema as an {@link EventModel}; paths follow the schema's JSON form. */
final class AvroModel {

  private final Map<String, TypeNode> types = new LinkedHashMap<>();
  private final Map<String, EventModel.Namespace> namespaces = new LinkedHashMap<>();

  private AvroModel() {}

  static EventModel of(Schema root) {
    AvroModel model = new AvroModel();
    model.visit(root, SchemaPath.ROOT);
    List<TypeNode> events = new ArrayList<>();
    List<Schema> branches = root.getType() == Schema.Type.UNION ? root.getTypes() : List.of(root);
    for (Schema branch : branches) {
      if (branch.getType() == Schema.Type.RECORD) {
        events.add(model.types.get(branch.getFullName()));
      }
    }
    return new EventModel("AVRO", events, List.copyOf(model.types.values()), List.copyOf(model.namespaces.values()));
  }

  /** Visits a type where it is written; returns the full name of the record it holds, if any. */
  private String visit(Schema schema, SchemaPath path) {
    switch (schema.getType()) {
      case RECORD -> {
        if (!types.containsKey(schema.getFullName())) {
          types.put(schema.getFullName(), null);
          namespace(schema, path);
          List<FieldNode> fields = new ArrayList<>();
          for (int i = 0; i < schema.getFields().size(); i++) {
            fields.add(field(schema.getFields().get(i), path.child("fields").index(i)));
          }
          types.put(schema.getFullName(), new TypeNode(false, schema.getName(), schema.getFullName(),
              schema.getNamespace(), schema.getDoc(), fields, List.of(), false, path.toString(), null));
        }
        return schema.getFullName();
      }
      case ENUM -> {
        if (!types.containsKey(schema.getFullName())) {
          namespace(schema, path);
          List<SymbolNode> symbols = new ArrayList<>();
          for (int i = 0; i < schema.getEnumSymbols().size(); i++) {
            symbols.add(new SymbolNode(schema.getEnumSymbols().get(i), i, path.child("symbols").index(i).toString(), null));
          }
          types.put(schema.getFullName(), new TypeNode(true, schema.getName(), schema.getFullName(),
              schema.getNamespace(), schema.getDoc(), List.of(), symbols, schema.getEnumDefault() != null,
              path.toString(), null));
        }
        return null;
      }
      case ARRAY -> {
        return visit(schema.getElementType(), path.child("items"));
      }
      case MAP -> {
        return visit(schema.getValueType(), path.child("values"));
      }
      case UNION -> {
        String held = null;
        for (int i = 0; i < schema.getTypes().size(); i++) {
          String branch = visit(schema.getTypes().get(i), path.index(i));
          held = held == null ? branch : held;
        }
        return held;
      }
      default -> {
        return null;
      }
    }
  }

  private FieldNode field(Schema.Field field, SchemaPath path) {
    String target = visit(field.schema(), path.child("type"));
    Schema value = nonNull(field.schema());
    return new FieldNode(field.name(), field.doc(), valueType(value), describe(value), target,
        field.hasDefaultValue(), path.toString(), null);
  }

  private void namespace(Schema schema, SchemaPath path) {
    String namespace = schema.getNamespace();
    if (namespace != null && !namespace.isEmpty() && !namespaces.containsKey(namespace)) {
      namespaces.put(namespace, new EventModel.Namespace(namespace, path.child("namespace").toString(), null));
    }
  }

  /** The type a nullable union holds ({@code ["null", T]} is {@code T}). */
  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    List<Schema> others = schema.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL).toList();
    return others.size() == 1 ? others.get(0) : schema;
  }

  static ValueType valueType(Schema schema) {
    LogicalType logical = schema.getLogicalType();
    String logicalName = logical != null ? logical.getName() : schema.getProp("logicalType");
    if (logicalName != null) {
      switch (logicalName) {
        case "uuid" -> { return ValueType.UUID; }
        case "decimal", "big-decimal" -> { return ValueType.DECIMAL; }
        case "date" -> { return ValueType.DATE; }
        case "timestamp-millis", "timestamp-micros", "timestamp-nanos", "local-timestamp-millis",
            "local-timestamp-micros", "local-timestamp-nanos" -> { return ValueType.TIMESTAMP; }
        default -> { }
      }
    }
    return switch (schema.getType()) {
      case STRING -> ValueType.STRING;
      case INT, LONG -> ValueType.INTEGER;
      case FLOAT, DOUBLE -> ValueType.FLOAT;
      case BOOLEAN -> ValueType.BOOLEAN;
      case BYTES, FIXED -> ValueType.BYTES;
      case RECORD -> ValueType.RECORD;
      case ENUM -> ValueType.ENUM;
      case ARRAY -> ValueType.ARRAY;
      case MAP -> ValueType.MAP;
      default -> ValueType.OTHER;
    };
  }

  private static String describe(Schema schema) {
    String logical = schema.getProp("logicalType");
    String type = schema.getType() == Schema.Type.RECORD || schema.getType() == Schema.Type.ENUM
        ? schema.getName()
        : schema.getType().getName();
    return logical == null ? type : type + " (" + logical + ")";
  }
}
