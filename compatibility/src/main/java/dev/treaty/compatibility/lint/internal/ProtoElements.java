package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.List;

/** The messages and enums of a .proto file, nested ones included, with their paths. */
final class ProtoElements {

  /** An element and its JSON Pointer. */
  record At<T>(T element, SchemaPath path) {}

  private ProtoElements() {}

  static List<At<MessageElement>> messages(ProtoFileElement file) {
    List<At<MessageElement>> found = new ArrayList<>();
    file.getTypes().forEach(type -> collect(type, "", found, new ArrayList<>()));
    return found;
  }

  static List<At<EnumElement>> enums(ProtoFileElement file) {
    List<At<EnumElement>> found = new ArrayList<>();
    file.getTypes().forEach(type -> collect(type, "", new ArrayList<>(), found));
    return found;
  }

  private static void collect(TypeElement type, String outer, List<At<MessageElement>> messages, List<At<EnumElement>> enums) {
    String relative = outer + type.getName();
    if (type instanceof MessageElement message) {
      messages.add(new At<>(message, SchemaPath.ROOT.child("messages").child(relative)));
    } else if (type instanceof EnumElement enumType) {
      enums.add(new At<>(enumType, SchemaPath.ROOT.child("enums").child(relative)));
    }
    type.getNestedTypes().forEach(nested -> collect(nested, relative + ".", messages, enums));
  }
}
