package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name in a scope is declared once: a message's fields, oneofs and nested types, and the
 * file's top-level types. Enum values follow C++ scoping: they are names in the scope that holds
 * the enum, beside its siblings, not inside the enum.
 */
final class NamesUnique implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    scope(source.packageName(), source.file().element().getTypes(), new HashMap<>(), out);
    source.eachMessage((message, name) -> {
      Map<String, Boolean> declared = new HashMap<>();
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        declare(field.name(), field.location(), name, false, declared, out);
      }
      for (OneOfElement oneof : message.getOneOfs()) {
        declare(oneof.getName(), oneof.getLocation(), name, false, declared, out);
      }
      message.getGroups().forEach(group -> declare(group.getName(), group.getLocation(), name, false, declared, out));
      scope(name, message.getNestedTypes(), declared, out);
    });
  }

  private static void scope(String scope, List<TypeElement> types, Map<String, Boolean> declared, List<Problem> out) {
    for (TypeElement type : types) {
      declare(type.getName(), type.getLocation(), scope, false, declared, out);
    }
    for (TypeElement type : types) {
      if (type instanceof EnumElement enumType) {
        for (EnumConstantElement constant : enumType.getConstants()) {
          declare(constant.getName(), constant.getLocation(), scope, true, declared, out);
        }
      }
    }
  }

  private static void declare(
      String simpleName, Location at, String scope, boolean enumValue, Map<String, Boolean> declared, List<Problem> out) {
    if (declared.putIfAbsent(simpleName, enumValue) == null) {
      return;
    }
    String where = scope.isEmpty() ? "" : " in \"" + scope + "\"";
    String note = enumValue
        ? " Note that enum values use C++ scoping rules, meaning that enum values are siblings of their type, "
            + "not children of it. Therefore, \"" + simpleName + "\" must be unique within"
            + (scope.isEmpty() ? " the global scope" : " \"" + scope + "\"") + ", not just within the enum."
        : "";
    out.add(new Problem(at, "\"" + simpleName + "\" is already defined" + where + "." + note));
  }
}
