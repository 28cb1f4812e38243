package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message and enum name declared in a set of files, and protobuf's scoping rule for
 * resolving a name written inside a message: innermost scope first, then outwards.
 */
public final class TypeNames {

  /** A declared type: whether it is an enum and the package of the file declaring it. */
  public record Declared(boolean isEnum, String packageName) {}

  private final Map<String, Declared> declared = new HashMap<>();

  TypeNames(List<ProtoFileElement> files) {
    for (ProtoFileElement file : files) {
      String pkg = file.getPackageName() == null ? "" : file.getPackageName();
      file.getTypes().forEach(type -> declare(type, pkg, pkg));
    }
  }

  private void declare(TypeElement type, String scope, String pkg) {
    String fullName = join(scope, type.getName());
    declared.put(fullName, new Declared(type instanceof EnumElement, pkg));
    if (type instanceof MessageElement message) {
      message.getNestedTypes().forEach(nested -> declare(nested, fullName, pkg));
      message.getGroups().forEach(group -> declared.put(join(fullName, group.getName()), new Declared(false, pkg)));
      message.getOneOfs().forEach(oneof -> oneof.getGroups().forEach(group ->
          declared.put(join(fullName, group.getName()), new Declared(false, pkg))));
    }
  }

  /** The full name {@code written} refers to from inside {@code scope}, or {@code null}. */
  public String resolve(String written, String scope) {
    if (written.startsWith(".")) {
      return declared.containsKey(written.substring(1)) ? written.substring(1) : null;
    }
    String current = scope;
    while (true) {
      String candidate = join(current, written);
      if (declared.containsKey(candidate)) {
        return candidate;
      }
      if (current.isEmpty()) {
        return null;
      }
      int dot = current.lastIndexOf('.');
      current = dot < 0 ? "" : current.substring(0, dot);
    }
  }

  public Declared get(String fullName) {
    return declared.get(fullName);
  }

  public static String join(String scope, String name) {
    return scope.isEmpty() ? name : scope + "." + name;
  }
}
