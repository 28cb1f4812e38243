package dev.treaty.compatibility.protobuf.internal.validity;

import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import dev.treaty.compatibility.protobuf.internal.TypeNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A custom option, {@code (name)}, must name an extension declared in the file or an import, found
 * by protobuf's scoping rules (innermost scope first); protoc refuses any other.
 */
final class CustomOptionsKnown implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    Set<String> extensions = new HashSet<>();
    collect(source.file().element(), extensions);
    source.imported().forEach(file -> collect(file, extensions));
    ElementOptions.each(source, options -> {
      if (!options.option().isParenthesized() || resolves(options.option().getName(), options.scope(), extensions)) {
        return;
      }
      String written = options.writtenName();
      out.add(new Problem(options.line(source.file().text(), written), "Option \"" + written + "\" unknown. Ensure "
          + "that your proto definition file imports the proto which defines the option."));
    });
  }

  private static boolean resolves(String name, String scope, Set<String> extensions) {
    if (name.startsWith(".")) {
      return extensions.contains(name.substring(1));
    }
    String current = scope;
    while (true) {
      if (extensions.contains(TypeNames.join(current, name))) {
        return true;
      }
      if (current.isEmpty()) {
        return false;
      }
      int dot = current.lastIndexOf('.');
      current = dot < 0 ? "" : current.substring(0, dot);
    }
  }

  private static void collect(ProtoFileElement file, Set<String> out) {
    String pkg = file.getPackageName() == null ? "" : file.getPackageName();
    extensions(pkg, file.getExtendDeclarations(), out);
    types(pkg, file.getTypes(), out);
  }

  private static void types(String scope, List<TypeElement> types, Set<String> out) {
    for (TypeElement type : types) {
      String name = TypeNames.join(scope, type.getName());
      if (type instanceof MessageElement message) {
        extensions(name, message.getExtendDeclarations(), out);
      }
      types(name, type.getNestedTypes(), out);
    }
  }

  private static void extensions(String scope, List<ExtendElement> declarations, Set<String> out) {
    for (ExtendElement extend : declarations) {
      for (FieldElement field : extend.getFields()) {
        out.add(TypeNames.join(scope, field.getName()));
      }
    }
  }
}
