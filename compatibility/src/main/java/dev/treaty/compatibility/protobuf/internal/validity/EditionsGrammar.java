package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Field;
import java.util.List;

/**
 * Editions drop proto2's {@code optional} and {@code required} labels and groups: presence and
 * delimited encoding are features ({@code features.field_presence}, {@code features.message_encoding}).
 */
final class EditionsGrammar implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    if (!source.editions()) {
      return;
    }
    source.eachMessage((message, name) -> {
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        if (field.element() == null) {
          out.add(new Problem(field.location(),
              "Group syntax is no longer supported in editions; use a message field with features.message_encoding = DELIMITED."));
        } else if (field.element().getLabel() == Field.Label.OPTIONAL) {
          out.add(new Problem(field.location(), "Label \"optional\" is not supported in editions: singular fields have "
              + "presence by default (features.field_presence = EXPLICIT)."));
        }
      }
    });
  }
}
