package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a .proto file's parse tree as an {@link EventModel}. The event is the file's first message
 * (the one Confluent's serializers use by default); paths are those of the compatibility findings
 * ({@code /messages/Order.Line/fields/sku}).
 */
final class ProtoModel {

  static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*(package)\\s+[\\w.]+\\s*;");

  private final ProtoFileElement file;
  private final ProtoSource source;
  private final String prefix;
  private final Map<String, Boolean> declared = new HashMap<>();
  private final Map<String, TypeNode> types = new LinkedHashMap<>();

  private ProtoModel(ProtoFileElement file, ProtoSource source) {
    this.file = file;
    this.source = source;
    this.prefix = file.getPackageName() == null ? "" : file.getPackageName() + ".";
  }

  static EventModel of(ProtoFileElement file, ProtoSource source) {
    ProtoModel model = new ProtoModel(file, source);
    file.getTypes().forEach(type -> model.declare(type, model.prefix));
    file.getTypes().forEach(type -> model.visit(type, ""));
    List<TypeNode> events = file.getTypes().stream()
        .filter(MessageElement.class::isInstance)
        .findFirst()
        .map(first -> List.of(model.types.get(model.prefix + first.getName())))
        .orElse(List.of());
    List<EventModel.Namespace> namespaces = file.getPackageName() == null
        ? List.of()
        : List.of(new EventModel.Namespace(file.getPackageName(), "/package", source.statement(PACKAGE)));
    return new EventModel("PROTOBUF", events, List.copyOf(model.types.values()), namespaces);
  }

  private void declare(TypeElement type, String scope) {
    declared.put(scope + type.getName(), type instanceof MessageElement);
    type.getNestedTypes().forEach(nested -> declare(nested, scope + type.getName() + "."));
  }

  private void visit(TypeElement type, String outer) {
    String relative = outer + type.getName();
    String fullName = prefix + relative;
    String doc = source.leadingComment(type.getLocation().getLine());
    String location = source.nameAfter(type.getLocation(), type.getName());
    if (type instanceof EnumElement enumType) {
      SchemaPath path = SchemaPath.ROOT.child("enums").child(relative);
      List<SymbolNode> symbols = new ArrayList<>();
      for (EnumConstantElement constant : enumType.getConstants()) {
        symbols.add(new SymbolNode(constant.getName(), constant.getTag(),
            path.child("values").child(constant.getName()).toString(),
            source.nameAfter(constant.getLocation(), constant.getName())));
      }
      boolean unspecifiedZero = !symbols.isEmpty() && symbols.get(0).number() == 0;
      types.put(fullName, new TypeNode(true, type.getName(), fullName, null, doc, List.of(), symbols,
          unspecifiedZero, path.toString(), location));
    } else if (type instanceof MessageElement message) {
      SchemaPath path = SchemaPath.ROOT.child("messages").child(relative);
      List<FieldNode> fields = new ArrayList<>();
      message.getFields().forEach(field -> fields.add(field(field, fullName, path)));
      for (OneOfElement oneOf : message.getOneOfs()) {
        oneOf.getFields().forEach(field -> fields.add(field(field, fullName, path)));
      }
      types.put(fullName, new TypeNode(false, type.getName(), fullName, null, doc, fields, List.of(), false,
          path.toString(), location));
    }
    type.getNestedTypes().forEach(nested -> visit(nested, relative + "."));
  }

  private FieldNode field(FieldElement field, String scope, SchemaPath messagePath) {
    String type = field.getType();
    String resolved = resolve(type, scope);
    ValueType valueType = valueType(type, resolved);
    boolean repeated = field.getLabel() == Field.Label.REPEATED;
    String target = resolved != null && Boolean.TRUE.equals(declared.get(resolved)) ? resolved : null;
    return new FieldNode(field.getName(), source.leadingComment(field.getLocation().getLine()),
        repeated ? ValueType.ARRAY : valueType, type, target, field.getLabel() != Field.Label.REQUIRED,
        messagePath.child("fields").child(field.getName()).toString(), BufNaming.fieldName(source, field));
  }

  /** The full name a type reference means, searching the enclosing scopes outwards. */
  private String resolve(String type, String scope) {
    if (type.startsWith(".")) {
      return declared.containsKey(type.substring(1)) ? type.substring(1) : null;
    }
    String current = scope;
    while (true) {
      String candidate = current.isEmpty() ? type : current + "." + type;
      if (declared.containsKey(candidate)) {
        return candidate;
      }
      if (current.isEmpty()) {
        return null;
      }
      int dot = current.lastIndexOf('.');
      current = dot < 0 ? "" : current.substring(0, dot);
    }
  }

  private ValueType valueType(String type, String resolved) {
    if (resolved != null) {
      return declared.get(resolved) ? ValueType.RECORD : ValueType.ENUM;
    }
    String bare = type.startsWith(".") ? type.substring(1) : type;
    if (bare.startsWith("map<") || bare.startsWith("map <")) {
      return ValueType.MAP;
    }
    return switch (bare) {
      case "string" -> ValueType.STRING;
      case "bytes" -> ValueType.BYTES;
      case "bool" -> ValueType.BOOLEAN;
      case "double", "float" -> ValueType.FLOAT;
      case "int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64" ->
          ValueType.INTEGER;
      case "google.protobuf.Timestamp" -> ValueType.TIMESTAMP;
      case "google.type.Date" -> ValueType.DATE;
      case "google.type.Money", "google.type.Decimal" -> ValueType.DECIMAL;
      default -> ValueType.OTHER;
    };
  }
}
