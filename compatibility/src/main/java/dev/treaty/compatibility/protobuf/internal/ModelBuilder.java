package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.Syntax;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.GroupElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.ArrayList;
import java.util.List;

/** Builds the resolved model of one parsed file; unknown type names are errors. */
final class ModelBuilder {

  private final FieldTypes fieldTypes;
  private final String pkg;
  private final boolean proto3;
  private final ParsedFile parsed;
  private final TypeNames names;

  private ModelBuilder(TypeNames names, ParsedFile parsed) {
    this.fieldTypes = new FieldTypes(names);
    this.names = names;
    this.parsed = parsed;
    ProtoFileElement file = parsed.element();
    this.pkg = file.getPackageName() == null ? "" : file.getPackageName();
    this.proto3 = !parsed.isEditions() && file.getSyntax() == Syntax.PROTO_3;
  }

  static ProtoFile build(ParsedFile file, TypeNames names) {
    return new ModelBuilder(names, file).file(file.element());
  }

  private ProtoFile file(ProtoFileElement file) {
    List<MessageType> messages = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    collectTypes(file.getTypes(), pkg, messages, enums);
    List<ServiceDef> services =
        file.getServices().stream().map(service -> Services.build(service, pkg, fieldTypes)).toList();
    return new ProtoFile(
        file.getLocation().getPath(), pkg, proto3, parsed.edition(), messages, enums, services,
        ProtoNames.position(file.getLocation()), extensions(file));
  }

  private void collectTypes(
      List<TypeElement> types, String scope, List<MessageType> messages, List<EnumType> enums) {
    for (TypeElement type : types) {
      if (type instanceof MessageElement message) {
        messages.add(message(message, scope, (int) messages.stream().filter(m -> !m.mapEntry()).count()));
      } else if (type instanceof EnumElement enumElement) {
        enums.add(enumType(enumElement, scope));
      }
    }
  }

  private MessageType message(MessageElement element, String scope, int index) {
    String fullName = TypeNames.join(scope, element.getName());
    List<MessageType> nested = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    collectTypes(element.getNestedTypes(), fullName, nested, enums);
    List<FieldDef> fields = new ArrayList<>();
    element.getFields().forEach(field -> fields.add(field(field, fullName, null)));
    element.getGroups().forEach(group -> fields.add(group(group, fullName, null, nested)));
    List<OneofDef> oneofs = new ArrayList<>();
    for (OneOfElement oneof : element.getOneOfs()) {
      oneof.getFields().forEach(field -> fields.add(field(field, fullName, oneof.getName())));
      oneof.getGroups().forEach(group -> fields.add(group(group, fullName, oneof.getName(), nested)));
      oneofs.add(new OneofDef(
          oneof.getName(),
          oneof.getFields().stream().map(FieldElement::getTag).toList(),
          ProtoNames.position(oneof.getLocation())));
    }
    for (FieldDef field : fields) {
      if (field.type() instanceof FieldType.MapOf map) {
        nested.add(mapEntry(map, field));
      }
    }
    return new MessageType(
        fullName, relative(fullName), index, false, proto3, fields, oneofs, nested, enums,
        ReservedParser.parse(element.getReserveds()), ProtoNames.position(element.getLocation()));
  }

  /**
   * A proto2 group: a field named by the group's name in lower case, whose type is a nested
   * message of the group's own name. The message gets no message index (as a map entry), since
   * Wire's tree, which Confluent indexes, does not list it among the nested types.
   */
  private FieldDef group(GroupElement group, String scope, String oneof, List<MessageType> nested) {
    String fullName = TypeNames.join(scope, group.getName());
    List<FieldDef> fields = new ArrayList<>();
    group.getFields().forEach(field -> fields.add(field(field, fullName, null)));
    String location = ProtoNames.position(group.getLocation());
    nested.add(new MessageType(fullName, relative(fullName), -1, false, proto3, fields, List.of(), List.of(),
        List.of(), Reserved.NONE, location));
    String name = group.getName().toLowerCase(java.util.Locale.ROOT);
    return new FieldDef(name, group.getTag(), label(group.getLabel(), oneof),
        new FieldType.Named(fullName, relative(fullName), false), oneof, ProtoNames.jsonName(name), null, location,
        true, null);
  }

  /** The extensions a file declares, at top level and inside messages, each naming its extendee. */
  private List<FieldDef> extensions(ProtoFileElement file) {
    List<FieldDef> extensions = new ArrayList<>();
    file.getExtendDeclarations().forEach(extend -> extensions.addAll(extend(extend, pkg)));
    collectExtensions(file.getTypes(), pkg, extensions);
    return extensions;
  }

  private void collectExtensions(List<TypeElement> types, String scope, List<FieldDef> extensions) {
    for (TypeElement type : types) {
      if (type instanceof MessageElement message) {
        String fullName = TypeNames.join(scope, message.getName());
        message.getExtendDeclarations().forEach(extend -> extensions.addAll(extend(extend, fullName)));
        collectExtensions(message.getNestedTypes(), fullName, extensions);
      }
    }
  }

  private List<FieldDef> extend(ExtendElement extend, String scope) {
    String extendee = names.resolve(extend.getName(), scope);
    if (extendee == null) {
      throw new FieldTypes.Located(extend.getLocation()).invalid("Unknown message `" + extend.getName() + "` extended");
    }
    List<FieldDef> fields = new ArrayList<>();
    for (FieldElement element : extend.getFields()) {
      FieldDef field = field(element, scope, null);
      fields.add(new FieldDef(TypeNames.join(scope, field.name()), field.number(), field.label(), field.type(), null,
          "[" + TypeNames.join(scope, field.name()) + "]", field.defaultValue(), field.location(), false, extendee));
    }
    return fields;
  }

  private MessageType mapEntry(FieldType.MapOf map, FieldDef field) {
    List<FieldDef> fields =
        List.of(
            new FieldDef("key", 1, Label.OPTIONAL, map.key(), null, "key", null, field.location()),
            new FieldDef("value", 2, Label.OPTIONAL, map.value(), null, "value", null, field.location()));
    return new MessageType(
        map.entryFullName(), relative(map.entryFullName()), -1, true, proto3, fields, List.of(),
        List.of(), List.of(), Reserved.NONE, field.location());
  }

  private FieldDef field(FieldElement element, String scope, String oneof) {
    FieldType type =
        fieldTypes.resolve(element.getType(), element.getName(), scope, new FieldTypes.Located(element.getLocation()));
    return new FieldDef(
        element.getName(),
        element.getTag(),
        parsed.isEditions() ? Features.label(element, oneof, parsed.element()) : label(element.getLabel(), oneof),
        type,
        oneof,
        element.getJsonName() != null ? element.getJsonName() : ProtoNames.jsonName(element.getName()),
        element.getDefaultValue(),
        ProtoNames.position(element.getLocation()));
  }

  private static Label label(Field.Label label, String oneof) {
    if (label == null || oneof != null) {
      return Label.NONE;
    }
    return switch (label) {
      case OPTIONAL -> Label.OPTIONAL;
      case REQUIRED -> Label.REQUIRED;
      case REPEATED -> Label.REPEATED;
      default -> Label.NONE;
    };
  }

  private EnumType enumType(EnumElement element, String scope) {
    String fullName = TypeNames.join(scope, element.getName());
    List<EnumValueDef> values = new ArrayList<>();
    for (EnumConstantElement constant : element.getConstants()) {
      values.add(new EnumValueDef(constant.getName(), constant.getTag(), ProtoNames.position(constant.getLocation())));
    }
    return new EnumType(
        fullName, relative(fullName), values, ReservedParser.parse(element.getReserveds()),
        parsed.isEditions() ? Features.closed(element, parsed.element()) : !proto3, proto3,
        ProtoNames.position(element.getLocation()));
  }

  private String relative(String fullName) {
    return pkg.isEmpty() ? fullName : fullName.substring(pkg.length() + 1);
  }
}
