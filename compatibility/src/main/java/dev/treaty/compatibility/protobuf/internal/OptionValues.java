package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;

/** Converts an option value as Wire parsed it into the Java value a descriptor option field takes. */
final class OptionValues {

  private OptionValues() {}

  /** The converted value, or {@code null} when it does not fit the field. */
  static Object convert(FieldDescriptor field, Object value) {
    String text = String.valueOf(value);
    try {
      return switch (field.getJavaType()) {
        case BOOLEAN -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
        case STRING -> text;
        case INT -> Integer.valueOf(text);
        case LONG -> Long.valueOf(text);
        case FLOAT -> Float.valueOf(text);
        case DOUBLE -> Double.valueOf(text);
        case ENUM -> {
          EnumValueDescriptor constant = field.getEnumType().findValueByName(text);
          yield constant;
        }
        default -> null;
      };
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
