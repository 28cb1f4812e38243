package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;

/** Rewrites proto2 {@code required} fields as {@code optional}, nested messages included. */
final class RequiredFields {

  private RequiredFields() {}

  static FileDescriptorProto relaxed(FileDescriptorProto file) {
    FileDescriptorProto.Builder builder = file.toBuilder().clearMessageType();
    file.getMessageTypeList().forEach(message -> builder.addMessageType(relaxed(message)));
    return builder.build();
  }

  private static DescriptorProto relaxed(DescriptorProto message) {
    DescriptorProto.Builder builder = message.toBuilder().clearField().clearNestedType();
    for (FieldDescriptorProto field : message.getFieldList()) {
      builder.addField(field.getLabel() == FieldDescriptorProto.Label.LABEL_REQUIRED
          ? field.toBuilder().setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL).build()
          : field);
    }
    message.getNestedTypeList().forEach(nested -> builder.addNestedType(relaxed(nested)));
    return builder.build();
  }
}
