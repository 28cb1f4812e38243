package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.squareup.wire.schema.internal.parser.ExtensionsElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.List;

/**
 * Extension ranges and extensions in descriptor form, as protoc writes them: ranges on their
 * message (end exclusive), each extension beside the declarations of the scope its
 * {@code extend} block sits in, naming its extendee.
 */
final class ExtensionDescriptors {

  private ExtensionDescriptors() {}

  static void apply(FileDescriptorProto.Builder proto, List<TypeElement> types, ProtoFile file) {
    for (int i = 0; i < proto.getMessageTypeCount(); i++) {
      message(proto.getMessageTypeBuilder(i), types, TypeNames.join(file.packageName(), proto.getMessageType(i).getName()));
    }
    for (FieldDef extension : file.extensions()) {
      String scope = scopeOf(extension);
      if (scope.equals(file.packageName())) {
        proto.addExtension(descriptor(extension, file.proto3()));
      } else {
        DescriptorProto.Builder holder = find(proto, file.packageName(), scope);
        if (holder != null) {
          holder.addExtension(descriptor(extension, file.proto3()));
        }
      }
    }
  }

  private static void message(DescriptorProto.Builder message, List<TypeElement> siblings, String fullName) {
    MessageElement element = siblings.stream()
        .filter(type -> type instanceof MessageElement && type.getName().equals(message.getName()))
        .map(MessageElement.class::cast).findFirst().orElse(null);
    if (element == null) {
      return;
    }
    for (ExtensionsElement extensions : element.getExtensions()) {
      for (Object value : extensions.getValues()) {
        int start = value instanceof kotlin.ranges.IntRange range ? range.getFirst() : (Integer) value;
        int end = value instanceof kotlin.ranges.IntRange range ? range.getLast() : (Integer) value;
        message.addExtensionRange(DescriptorProto.ExtensionRange.newBuilder().setStart(start).setEnd(end + 1));
      }
    }
    for (int i = 0; i < message.getNestedTypeCount(); i++) {
      message(message.getNestedTypeBuilder(i), element.getNestedTypes(), fullName + "." + message.getNestedType(i).getName());
    }
  }

  private static FieldDescriptorProto descriptor(FieldDef extension, boolean proto3) {
    String simpleName = extension.name().substring(extension.name().lastIndexOf('.') + 1);
    return Fields.toProto(extension, proto3).setName(simpleName).clearJsonName().setExtendee("." + extension.extendee()).build();
  }

  /** The scope an extension was declared in: its name without the last part. */
  private static String scopeOf(FieldDef extension) {
    int dot = extension.name().lastIndexOf('.');
    return dot < 0 ? "" : extension.name().substring(0, dot);
  }

  private static DescriptorProto.Builder find(FileDescriptorProto.Builder proto, String pkg, String fullName) {
    String relative = pkg.isEmpty() ? fullName : fullName.substring(pkg.length() + 1);
    String[] parts = relative.split("\\.");
    List<DescriptorProto.Builder> level = proto.getMessageTypeBuilderList();
    DescriptorProto.Builder found = null;
    for (String part : parts) {
      found = level.stream().filter(message -> message.getName().equals(part)).findFirst().orElse(null);
      if (found == null) {
        return null;
      }
      level = found.getNestedTypeBuilderList();
    }
    return found;
  }
}
