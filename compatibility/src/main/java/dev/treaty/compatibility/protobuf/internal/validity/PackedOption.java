package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.OptionElement;
import java.util.List;

/** {@code packed} applies to repeated scalar numeric fields only; editions replace it with a feature. */
final class PackedOption implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachMessage((message, name) -> {
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        if (field.element() == null) {
          continue;
        }
        for (OptionElement option : field.element().getOptions()) {
          if (!option.getName().equals("packed")) {
            continue;
          }
          if (source.editions()) {
            out.add(new Problem(field.location(), "Field option packed is not allowed under editions. "
                + "Use the repeated_field_encoding feature to control this behavior."));
          } else if (field.element().getLabel() != Field.Label.REPEATED || !packable(source, field.element().getType(), name)) {
            out.add(new Problem(field.location(), "[packed = true] can only be specified for repeated primitive fields."));
          }
        }
      }
    });
  }

  /** Numeric scalars, bools and enums pack; strings, bytes and messages do not. */
  private static boolean packable(Source source, String type, String scope) {
    if (Source.isScalar(type)) {
      return !type.equals("string") && !type.equals("bytes");
    }
    String resolved = source.names().resolve(type, scope);
    return resolved != null && source.names().get(resolved).isEnum();
  }
}
