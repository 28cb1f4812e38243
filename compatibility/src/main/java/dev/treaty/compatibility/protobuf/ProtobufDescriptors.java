package dev.treaty.compatibility.protobuf;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.protobuf.internal.DescriptorPrinter;
import dev.treaty.compatibility.protobuf.internal.FileDescriptors;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Conversion between .proto text and a base64 {@code FileDescriptorProto}: what the JavaScript
 * and Python serializers register, and what {@code format=serialized} returns. Built-in options
 * survive the round trip; custom options, extension ranges and comments do not.
 */
public final class ProtobufDescriptors {

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

  private ProtobufDescriptors() {}

  /** The schema's own file as a descriptor, named {@value ProtobufSchema#FILE_NAME}. */
  public static FileDescriptorProto toDescriptor(ProtobufSchema schema) {
    return FileDescriptors.toProto(schema.linked().element(), schema.linked().file());
  }

  /**
   * The schema's file as a linked protobuf-java descriptor (imports included), for encoding and
   * decoding messages with {@code DynamicMessage}.
   *
   * @throws InvalidSchemaException when the file does not form valid descriptors
   */
  public static FileDescriptor toFileDescriptor(ProtobufSchema schema) {
    return FileDescriptors.build(schema.linked(), false);
  }

  public static String toBase64(ProtobufSchema schema) {
    return Base64.getEncoder().encodeToString(toDescriptor(schema).toByteArray());
  }

  /** .proto text for a descriptor; type names come out fully qualified. */
  public static String toProtoText(FileDescriptorProto descriptor) {
    return DescriptorPrinter.print(descriptor);
  }

  /**
   * .proto text for a base64 {@code FileDescriptorProto}.
   *
   * @throws InvalidSchemaException when the text is not base64 of a file descriptor
   */
  public static String toProtoText(String base64) {
    try {
      FileDescriptorProto descriptor = FileDescriptorProto.parseFrom(Base64.getMimeDecoder().decode(base64.trim()));
      if (!descriptor.hasName()) {
        throw new InvalidSchemaException("Not a FileDescriptorProto: it names no file");
      }
      return toProtoText(descriptor);
    } catch (IllegalArgumentException | InvalidProtocolBufferException e) {
      throw new InvalidSchemaException("Not a base64-encoded FileDescriptorProto: " + e.getMessage(), e);
    }
  }

  /**
   * Whether schema text is a base64 descriptor rather than .proto text: .proto text always holds
   * a {@code ;} or braces, which base64 never does.
   */
  public static boolean isBase64Descriptor(String text) {
    return !text.isBlank() && BASE64.matcher(text).matches();
  }
}
