package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.Map;

/** protobuf-java's generated descriptors of the well-known files, by import path. */
final class WellKnownDescriptors {

  private static final Map<String, FileDescriptor> FILES =
      Map.ofEntries(
          Map.entry("google/protobuf/any.proto", com.google.protobuf.AnyProto.getDescriptor()),
          Map.entry("google/protobuf/api.proto", com.google.protobuf.ApiProto.getDescriptor()),
          Map.entry("google/protobuf/descriptor.proto", com.google.protobuf.DescriptorProtos.getDescriptor()),
          Map.entry("google/protobuf/duration.proto", com.google.protobuf.DurationProto.getDescriptor()),
          Map.entry("google/protobuf/empty.proto", com.google.protobuf.EmptyProto.getDescriptor()),
          Map.entry("google/protobuf/field_mask.proto", com.google.protobuf.FieldMaskProto.getDescriptor()),
          Map.entry("google/protobuf/source_context.proto", com.google.protobuf.SourceContextProto.getDescriptor()),
          Map.entry("google/protobuf/struct.proto", com.google.protobuf.StructProto.getDescriptor()),
          Map.entry("google/protobuf/timestamp.proto", com.google.protobuf.TimestampProto.getDescriptor()),
          Map.entry("google/protobuf/type.proto", com.google.protobuf.TypeProto.getDescriptor()),
          Map.entry("google/protobuf/wrappers.proto", com.google.protobuf.WrappersProto.getDescriptor()));

  private WellKnownDescriptors() {}

  static FileDescriptor of(String path) {
    return FILES.get(path);
  }
}
