package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.Syntax;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.GroupElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.treaty.compatibility.protobuf.internal.FieldTypes;
import dev.treaty.compatibility.protobuf.internal.ParsedFile;
import dev.treaty.compatibility.protobuf.internal.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** The file under validation, with the type names of it and its imports, and walks over its declarations. */
record Source(ParsedFile file, List<ProtoFileElement> imported, TypeNames names) {

  /** A message declared in the file or an import, by full name, or {@code null}. */
  MessageElement message(String fullName) {
    List<ProtoFileElement> files = new ArrayList<>(imported);
    files.add(file.element());
    for (ProtoFileElement each : files) {
      String pkg = each.getPackageName() == null ? "" : each.getPackageName();
      MessageElement[] found = {null};
      eachType(each.getTypes(), pkg, (type, name) -> {
        if (name.equals(fullName) && type instanceof MessageElement message) {
          found[0] = message;
        }
      });
      if (found[0] != null) {
        return found[0];
      }
    }
    return null;
  }

  /** The position of the first {@code }} after {@code start} in the file's text, or {@code start}. */
  Location closingBrace(Location start) {
    String text = file.text();
    int offset = 0;
    for (int line = 1; line < start.getLine(); line++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    int brace = text.indexOf('}', offset + start.getColumn() - 1);
    if (brace < 0) {
      return start;
    }
    int line = start.getLine();
    int lineStart = offset;
    for (int i = offset; i < brace; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return start.at(line, brace - lineStart + 1);
  }

  String packageName() {
    return file.element().getPackageName() == null ? "" : file.element().getPackageName();
  }

  boolean proto3() {
    return !file.isEditions() && file.element().getSyntax() == Syntax.PROTO_3;
  }

  boolean editions() {
    return file.isEditions();
  }

  /** Every message of the file, nested ones included, with its full name. */
  void eachMessage(BiConsumer<MessageElement, String> visit) {
    eachType(file.element().getTypes(), packageName(), (type, name) -> {
      if (type instanceof MessageElement message) {
        visit.accept(message, name);
      }
    });
  }

  /** Every enum of the file, nested ones included, with its full name. */
  void eachEnum(BiConsumer<EnumElement, String> visit) {
    eachType(file.element().getTypes(), packageName(), (type, name) -> {
      if (type instanceof EnumElement enumType) {
        visit.accept(enumType, name);
      }
    });
  }

  private static void eachType(List<TypeElement> types, String scope, BiConsumer<TypeElement, String> visit) {
    for (TypeElement type : types) {
      String fullName = TypeNames.join(scope, type.getName());
      visit.accept(type, fullName);
      eachType(type.getNestedTypes(), fullName, visit);
    }
  }

  /** A message's fields as protoc numbers them: plain fields, oneof members, and groups. */
  static List<NumberedField> fieldsOf(MessageElement message) {
    List<NumberedField> fields = new ArrayList<>();
    message.getFields().forEach(field -> fields.add(NumberedField.of(field, null)));
    for (OneOfElement oneof : message.getOneOfs()) {
      oneof.getFields().forEach(field -> fields.add(NumberedField.of(field, oneof.getName())));
      oneof.getGroups().forEach(group -> fields.add(NumberedField.of(group)));
    }
    message.getGroups().forEach(group -> fields.add(NumberedField.of(group)));
    return fields;
  }

  /** A field or group by its name, number and position; {@code element} is null for groups. */
  record NumberedField(String name, int number, Location location, FieldElement element, String oneof) {

    static NumberedField of(FieldElement field, String oneof) {
      return new NumberedField(field.getName(), field.getTag(), field.getLocation(), field, oneof);
    }

    static NumberedField of(GroupElement group) {
      return new NumberedField(group.getName().toLowerCase(java.util.Locale.ROOT), group.getTag(), group.getLocation(), null, null);
    }
  }

  static boolean isScalar(String type) {
    return FieldTypes.SCALARS.contains(type);
  }
}
