package dev.treaty.cli;

import dev.treaty.client.model.SchemaReference;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The global {@code --context CTX}: puts every subject a command is given into the Confluent
 * context {@code CTX} ({@code orders} becomes {@code :.CTX:orders}), as if it had been typed
 * qualified. It applies to the arguments named {@code SUBJECT} or {@code SUBJECT[@VERSION]} and to
 * {@code --reference NAME=SUBJECT:VERSION}, whatever the command; a subject that names a context
 * already keeps it, and {@code .} is the default context (nothing changes). Arguments that may be a
 * file as well ({@code diff}, {@code sample}, contract entries) take qualified names instead.
 */
final class ContextOption {

  private ContextOption() {}

  /** {@code :.name:} for {@code .name} or {@code name}; {@code ""} for none or the default context {@code .}. */
  static String qualifier(String context) {
    if (context == null) {
      return "";
    }
    String name = context.strip();
    if (name.startsWith(":") && name.endsWith(":") && name.length() > 1) {
      name = name.substring(1, name.length() - 1);
    }
    name = name.startsWith(".") ? name.substring(1) : name;
    if (name.contains(":") || name.contains("/")) {
      throw new InputException("Bad --context '" + context + "': a context is written .name (or name)");
    }
    return name.isEmpty() ? "" : ":." + name + ":";
  }

  static String qualify(String subject, String qualifier) {
    if (subject == null || qualifier.isEmpty() || subject.startsWith(":.") && subject.indexOf(':', 2) > 1) {
      return subject;
    }
    return qualifier + subject;
  }

  /** Qualifies the subjects among the parsed arguments of {@code spec} (its mixins' too). */
  static void apply(CommandSpec spec, String context) {
    String qualifier = qualifier(context);
    if (qualifier.isEmpty() || spec == null) {
      return;
    }
    for (ArgSpec arg : spec.args()) {
      String label = arg.paramLabel();
      Object value = arg.getValue();
      if (label.equals("SUBJECT") || label.equals("SUBJECT[@VERSION]")) {
        if (value instanceof String subject) {
          arg.setValue(qualify(subject, qualifier));
        } else if (value instanceof List<?> subjects) {
          arg.setValue(subjects.stream().map(s -> qualify((String) s, qualifier)).collect(java.util.stream.Collectors.toList()));
        }
      } else if (label.equals("NAME=SUBJECT:VERSION") && value instanceof List<?> references) {
        arg.setValue(references.stream()
            .map(r -> (SchemaReference) r)
            .map(r -> new SchemaReference(r.name(), qualify(r.subject(), qualifier), r.version()))
            .collect(java.util.stream.Collectors.toList()));
      }
    }
  }
}
