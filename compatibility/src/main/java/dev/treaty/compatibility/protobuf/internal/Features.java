package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import java.util.List;

/**
 * The editions features that change what a field or enum means on the wire and in JSON: field
 * presence (explicit by default, like proto2's {@code optional}) and enum openness (open by
 * default, like proto3). A feature set on the element wins over the file's.
 */
public final class Features {

  private Features() {}

  /** The field's cardinality in an editions file, as proto2/proto3 labels express it. */
  static Label label(FieldElement field, String oneof, ProtoFileElement file) {
    if (oneof != null) {
      return Label.NONE;
    }
    if (field.getLabel() == Field.Label.REPEATED) {
      return Label.REPEATED;
    }
    if (field.getType().startsWith("map<")) {
      return Label.NONE;
    }
    String presence = value("field_presence", field.getOptions(), file.getOptions());
    return switch (presence == null ? "EXPLICIT" : presence) {
      case "IMPLICIT" -> Label.NONE;
      case "LEGACY_REQUIRED" -> Label.REQUIRED;
      default -> Label.OPTIONAL;
    };
  }

  /** Whether an editions enum is closed (unknown numbers rejected), which editions make opt-in. */
  static boolean closed(EnumElement type, ProtoFileElement file) {
    return "CLOSED".equals(value("enum_type", type.getOptions(), file.getOptions()));
  }

  /** A feature's value on the element, else on the file, else {@code null}. */
  public static String value(String feature, List<OptionElement> own, List<OptionElement> file) {
    String set = find(feature, own);
    return set != null ? set : find(feature, file);
  }

  private static String find(String feature, List<OptionElement> options) {
    for (OptionElement option : options) {
      if (option.getName().equals("features." + feature)) {
        return String.valueOf(option.getValue());
      }
      if (option.getName().equals("features") && option.getValue() instanceof OptionElement nested
          && nested.getName().equals(feature)) {
        return String.valueOf(nested.getValue());
      }
    }
    return null;
  }
}
