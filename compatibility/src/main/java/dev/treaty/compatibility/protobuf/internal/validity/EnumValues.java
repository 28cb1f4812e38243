package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import dev.treaty.compatibility.protobuf.internal.Features;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An enum has a value; an open enum (proto3's, and editions' unless closed) starts with zero, its
 * default; two names share a number only under {@code allow_alias}, which is then needed.
 */
final class EnumValues implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    source.eachEnum((type, name) -> {
      List<EnumConstantElement> values = type.getConstants();
      if (values.isEmpty()) {
        out.add(new Problem(type.getLocation(), "Enums must contain at least one value."));
        return;
      }
      if (isOpen(source, type) && values.get(0).getTag() != 0) {
        out.add(new Problem(values.get(0).getLocation(), source.proto3()
            ? "The first enum value must be zero for open enums (proto3)."
            : "The first enum value must be zero for open enums."));
      }
      boolean allowAlias = allowsAlias(type);
      Map<Integer, String> byNumber = new HashMap<>();
      boolean aliased = false;
      for (EnumConstantElement value : values) {
        String first = byNumber.putIfAbsent(value.getTag(), value.getName());
        if (first != null) {
          aliased = true;
          if (!allowAlias) {
            out.add(new Problem(value.getLocation(), "\"" + name.substring(0, name.lastIndexOf('.') + 1) + value.getName()
                + "\" uses the same enum value as \"" + name.substring(0, name.lastIndexOf('.') + 1) + first
                + "\". If this is intended, set 'option allow_alias = true;' to the enum definition."));
          }
        }
      }
      if (allowAlias && !aliased) {
        out.add(new Problem(type.getLocation(), "\"" + name + "\" declares support for enum aliases but no enum values "
            + "share field numbers. Please remove the unnecessary 'option allow_alias = true;' declaration."));
      }
    });
  }

  private static boolean isOpen(Source source, EnumElement type) {
    if (source.editions()) {
      return !"CLOSED".equals(Features.value("enum_type", type.getOptions(), source.file().element().getOptions()));
    }
    return source.proto3();
  }

  private static boolean allowsAlias(EnumElement type) {
    for (OptionElement option : type.getOptions()) {
      if (option.getName().equals("allow_alias")) {
        return "true".equals(String.valueOf(option.getValue()));
      }
    }
    return false;
  }
}
