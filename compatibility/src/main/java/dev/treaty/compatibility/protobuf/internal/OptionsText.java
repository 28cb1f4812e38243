package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Options printed as {@code name = value}, sorted by name, for the normalized form. */
final class OptionsText {

  private OptionsText() {}

  static List<String> sorted(List<OptionElement> options) {
    return options.stream()
        .sorted(Comparator.comparing(OptionElement::getName))
        .map(OptionElement::toSchema)
        .toList();
  }

  /** A field's options with {@code default} and {@code json_name} printed as ordinary options. */
  static List<String> fieldOptions(FieldElement element, FieldDef field) {
    List<OptionElement> options = new ArrayList<>(element.getOptions());
    List<String> printed = new ArrayList<>();
    if (element.getDefaultValue() != null) {
      boolean quoted = field.type() instanceof FieldType.Scalar scalar && scalar.isStringOrBytes();
      printed.add("default = " + (quoted ? quote(element.getDefaultValue()) : element.getDefaultValue()));
    }
    if (element.getJsonName() != null) {
      printed.add("json_name = " + quote(element.getJsonName()));
    }
    printed.addAll(sorted(options));
    printed.sort(Comparator.naturalOrder());
    return printed;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
