package dev.treaty.compatibility.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.SchemaPath;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import dev.treaty.compatibility.internal.SampleDice;
import dev.treaty.compatibility.internal.SampleText;
import dev.treaty.compatibility.protobuf.internal.FileDescriptors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link DynamicMessage}s from the schema's descriptors and prints them with protobuf-java's
 * {@link JsonFormat}, the proto3 JSON mapping. Every oneof case and enum value is taken in turn;
 * message fields are left unset once a message type is nested {@link SampleDice#RECURSION_LIMIT}
 * deep, unless proto2 requires them.
 */
final class ProtobufSamples {

  private final SampleDice dice;
  private final Map<String, Integer> open = new HashMap<>();

  private ProtobufSamples(SampleDice dice) {
    this.dice = dice;
  }

  /** The message the samples are of: the named one, or the file's first. */
  static Descriptor message(ProtobufSchema schema, String fullName) {
    FileDescriptor file = FileDescriptors.build(schema.linked(), false);
    Descriptor message = PayloadValidator.pick(file, fullName);
    if (message == null) {
      throw new InvalidSchemaException(fullName == null
          ? "The schema declares no message to build samples of."
          : "The schema has no message `" + fullName + "`.");
    }
    return message;
  }

  static String sample(Descriptor message, SampleDice dice) {
    Message built = new ProtobufSamples(dice).build(message);
    try {
      return JsonFormat.printer().omittingInsignificantWhitespace().print(built);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("protobuf-java could not print a message built from its own descriptor", e);
    }
  }

  private Message build(Descriptor type) {
    switch (type.getFullName()) {
      case "google.protobuf.Timestamp" -> {
        return com.google.protobuf.Timestamp.newBuilder()
            .setSeconds(SampleText.instant(dice).getEpochSecond()).setNanos(dice.nextInt(1_000_000_000)).build();
      }
      case "google.protobuf.Duration" -> {
        return com.google.protobuf.Duration.newBuilder().setSeconds(dice.between(0, 315_576_000_000L)).build();
      }
      case "google.protobuf.Value" -> {
        return com.google.protobuf.Value.newBuilder().setStringValue(SampleText.of(dice, 0, 20)).build();
      }
      case "google.protobuf.FieldMask" -> {
        return com.google.protobuf.FieldMask.newBuilder().addPaths("order.line_items").build();
      }
      case "google.protobuf.Any" -> {
        return com.google.protobuf.Any.getDefaultInstance();
      }
      default -> { }
    }
    if (open.getOrDefault(type.getFullName(), 0) > SampleDice.RECURSION_LIMIT + 1) {
      throw new UnsatisfiableSchemaException(SchemaPath.ROOT,
          "message " + type.getFullName() + " requires itself, so every value would be infinite");
    }
    open.merge(type.getFullName(), 1, Integer::sum);
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
    for (FieldDescriptor field : type.getFields()) {
      OneofDescriptor oneof = field.getRealContainingOneof();
      if (oneof == null && wanted(field)) {
        set(builder, field);
      }
    }
    for (OneofDescriptor oneof : type.getRealOneofs()) {
      // the first samples leave the oneof unset, the others take each case in turn
      int choice = dice.smallest() ? -1 : dice.alternative(oneof.getFieldCount());
      if (choice >= 0 && !closing(oneof.getField(choice))) {
        set(builder, oneof.getField(choice));
      }
    }
    open.merge(type.getFullName(), -1, Integer::sum);
    return builder.build();
  }

  private boolean wanted(FieldDescriptor field) {
    if (field.isRequired()) {
      return true;
    }
    if (closing(field)) {
      return false;
    }
    return field.isRepeated() || !field.hasPresence() || dice.present();
  }

  /** A message field whose type is already nested as deep as allowed. */
  private boolean closing(FieldDescriptor field) {
    return field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()
        && open.getOrDefault(field.getMessageType().getFullName(), 0) >= SampleDice.RECURSION_LIMIT;
  }

  private void set(DynamicMessage.Builder builder, FieldDescriptor field) {
    if (!field.isRepeated()) {
      builder.setField(field, value(field));
      return;
    }
    int size = field.isMapField() || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || !closing(field)
        ? dice.size(0, -1) : 0;
    for (int i = 0; i < size; i++) {
      builder.addRepeatedField(field, value(field));
    }
  }

  private Object value(FieldDescriptor field) {
    return switch (field.getJavaType()) {
      case INT -> (int) bounded(field, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFF_FFFFL);
      case LONG -> bounded(field, Long.MIN_VALUE, Long.MAX_VALUE, -1L);
      case FLOAT -> (float) dice.between(-1e6, 1e6);
      case DOUBLE -> dice.between(-1e9, 1e9);
      case BOOLEAN -> dice.smallest() ? false : dice.fullest() || dice.nextBoolean();
      case STRING -> SampleText.of(dice, 0, -1);
      case BYTE_STRING -> ByteString.copyFrom(SampleText.of(dice, 0, 16).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case ENUM -> enumValue(field);
      case MESSAGE -> field.isMapField() ? mapEntry(field) : build(field.getMessageType());
    };
  }

  /** Signed types from their minimum to maximum; unsigned ones from 0 to all bits set. */
  private long bounded(FieldDescriptor field, long min, long max, long unsignedMax) {
    return switch (field.getType()) {
      case UINT32, FIXED32 -> dice.between(0, unsignedMax);
      case UINT64, FIXED64 -> dice.fullest() ? unsignedMax : dice.between(0, Long.MAX_VALUE);
      default -> dice.between(min, max);
    };
  }

  private EnumValueDescriptor enumValue(FieldDescriptor field) {
    List<EnumValueDescriptor> values = field.getEnumType().getValues();
    return values.get(dice.alternative(values.size()));
  }

  private Message mapEntry(FieldDescriptor field) {
    Descriptor entry = field.getMessageType();
    DynamicMessage.Builder builder = DynamicMessage.newBuilder(entry);
    FieldDescriptor key = entry.findFieldByNumber(1);
    FieldDescriptor value = entry.findFieldByNumber(2);
    builder.setField(key, key.getJavaType() == FieldDescriptor.JavaType.STRING
        ? SampleText.of(dice, 1, 12) + " " + dice.nextInt(1_000_000) : value(key));
    if (!closing(value)) {
      builder.setField(value, value(value));
    }
    return builder.build();
  }
}
