package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import dev.treaty.compatibility.protobuf.internal.TypeNames;
import java.util.List;

/**
 * Every option set in a file, with the element it is set on: its scope (for resolving a custom
 * option's name), where the element is, and whether it is a repeated field. Wire keeps no position
 * for an option, so {@link #line} finds the option's text from its element on.
 */
record ElementOptions(String scope, Location at, OptionElement option, boolean repeatedField, boolean fileLevel) {

  interface Visitor {
    void visit(ElementOptions options);
  }

  static void each(Source source, Visitor visitor) {
    String pkg = source.packageName();
    Location start = source.file().element().getLocation().at(1, 1);
    source.file().element().getOptions().forEach(o -> visitor.visit(new ElementOptions(pkg, start, o, false, true)));
    source.eachMessage((message, name) -> {
      message.getOptions().forEach(o -> visitor.visit(new ElementOptions(name, message.getLocation(), o, false, false)));
      for (Source.NumberedField field : Source.fieldsOf(message)) {
        if (field.element() != null) {
          fields(name, List.of(field.element()), visitor);
        }
      }
      extendFields(name, message.getExtendDeclarations(), visitor);
    });
    source.eachEnum((enumType, name) -> enumOptions(name, enumType, visitor));
    extendFields(pkg, source.file().element().getExtendDeclarations(), visitor);
    for (ServiceElement service : source.file().element().getServices()) {
      String name = TypeNames.join(pkg, service.getName());
      service.getOptions().forEach(o -> visitor.visit(new ElementOptions(name, service.getLocation(), o, false, false)));
      for (RpcElement rpc : service.getRpcs()) {
        rpc.getOptions().forEach(o -> visitor.visit(new ElementOptions(name, rpc.getLocation(), o, false, false)));
      }
    }
  }

  private static void enumOptions(String name, EnumElement enumType, Visitor visitor) {
    enumType.getOptions().forEach(o -> visitor.visit(new ElementOptions(name, enumType.getLocation(), o, false, false)));
    for (EnumConstantElement constant : enumType.getConstants()) {
      constant.getOptions().forEach(o -> visitor.visit(new ElementOptions(name, constant.getLocation(), o, false, false)));
    }
  }

  private static void extendFields(String scope, List<ExtendElement> extendDeclarations, Visitor visitor) {
    extendDeclarations.forEach(extend -> fields(scope, extend.getFields(), visitor));
  }

  private static void fields(String scope, List<FieldElement> fields, Visitor visitor) {
    for (FieldElement field : fields) {
      boolean repeated = field.getLabel() == com.squareup.wire.schema.Field.Label.REPEATED;
      field.getOptions().forEach(o -> visitor.visit(new ElementOptions(scope, field.getLocation(), o, repeated, false)));
    }
  }

  /** The option's name as written: {@code (pkg.ext)} for a custom option, else the plain name. */
  String writtenName() {
    return option.isParenthesized() ? "(" + option.getName() + ")" : option.getName();
  }

  /** The element's location moved to the first line from it on that mentions {@code text}. */
  Location line(String fileText, String text) {
    List<String> lines = fileText.lines().toList();
    for (int line = Math.max(1, at.getLine()); line <= lines.size(); line++) {
      int column = lines.get(line - 1).indexOf(text);
      if (column >= 0) {
        return at.at(line, column + 1);
      }
    }
    return at;
  }
}
