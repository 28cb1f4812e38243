package dev.treaty.registry.service;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.SchemaReference;
import java.util.List;

/**
 * Confluent's contexts as far as config and mode go: a qualified subject {@code :.ctx:orders} is in
 * the context {@code :.ctx:}, whose own config and mode (set on {@code :.ctx:} as a subject) apply
 * to it before the global context's; an unqualified subject is in the default context, where the
 * global ones ({@code /config}, {@code /mode}) apply.
 */
public final class Contexts {

  private Contexts() {}

  /** The context {@code :.ctx:} a subject is in, or {@code null} for the default context. */
  public static String of(String subject) {
    if (subject == null || !subject.startsWith(":.")) {
      return null;
    }
    int end = subject.indexOf(':', 2);
    if (end <= 2 || subject.startsWith(RegistryMode.GLOBAL_CONTEXT)) {
      return null; // ":.:x" is the default context spelled out; the global context is above all
    }
    return subject.substring(0, end + 1);
  }

  /** The name of {@code subject}'s context as Confluent answers it: {@code .team}, or {@code .} for the default one. */
  static String nameOf(String subject) {
    String context = of(subject);
    return context == null ? "." : context.substring(1, context.length() - 1);
  }

  /** Whether {@code subject} names a context itself ({@code :.ctx:}) rather than a subject in one. */
  static boolean isContext(String subject) {
    String context = of(subject);
    return context != null && context.equals(subject);
  }

  /** The default context spelled out as a prefix: {@code subjectPrefix=:.:} lists its subjects only. */
  static final String DEFAULT_PREFIX = ":.:";

  /**
   * Whether {@code subject} is listed for {@code subjectPrefix}: everything for none or Confluent's
   * {@code :*:}, the default context's subjects for {@code :.:} (followed by a plain prefix), else
   * the names starting with it.
   */
  static boolean listed(String subject, String prefix) {
    if (prefix == null || prefix.isEmpty() || prefix.equals(":*:")) {
      return true;
    }
    if (prefix.startsWith(DEFAULT_PREFIX)) {
      return of(subject) == null && subject.startsWith(prefix.substring(DEFAULT_PREFIX.length()));
    }
    return subject.startsWith(prefix);
  }

  /** The part of {@code subjectPrefix} the store can match by itself (the default context's is dropped). */
  static String storePrefix(String prefix) {
    if (prefix == null || prefix.equals(":*:")) {
      return "";
    }
    return prefix.startsWith(DEFAULT_PREFIX) ? prefix.substring(DEFAULT_PREFIX.length()) : prefix;
  }

  /**
   * The qualifier {@code :.name:} of a context written {@code .name}, {@code name} or
   * {@code :.name:}; null for the default context {@code .} and for a name no context can have.
   */
  public static String qualifier(String context) {
    String name = context == null ? "" : context.strip();
    if (name.startsWith(":") && name.endsWith(":") && name.length() > 1) {
      name = name.substring(1, name.length() - 1);
    }
    name = name.startsWith(".") ? name.substring(1) : name;
    if (name.isEmpty() || name.contains(":") || name.contains("/") || name.chars().anyMatch(Character::isISOControl)) {
      return null;
    }
    return ":." + name + ":";
  }

  /**
   * The request with its references read in the context of {@code subject}, as Confluent reads
   * them: an unqualified reference made from {@code :.ctx:orders} is to {@code :.ctx:<its subject>};
   * one that names a context keeps it, and from the default context nothing changes. The
   * qualified name is what is stored and answered, so clients that resolve references by their
   * subject find them without knowing the context.
   */
  public static RegisterSchemaRequest withReferencesIn(String subject, RegisterSchemaRequest request) {
    String context = of(subject);
    if (context == null || request == null || request.references() == null || request.references().isEmpty()) {
      return request;
    }
    List<SchemaReference> references = request.references().stream()
        .map(reference -> reference == null || reference.subject() == null
            ? reference
            : new SchemaReference(reference.name(), inContextOf(subject, reference.subject()), reference.version()))
        .toList();
    return new RegisterSchemaRequest(request.schema(), request.schemaType(), references, request.metadata(),
        request.ruleSet(), request.version(), request.id(), request.schemaTagsToAdd(), request.schemaTagsToRemove(),
        request.propagateSchemaTags());
  }

  /**
   * {@code name} as written from {@code subject}: an unqualified name from a subject in a named
   * context is in that context; a name that says its context, or one written from the default
   * context, is kept.
   */
  static String inContextOf(String subject, String name) {
    String context = of(subject);
    return context == null || hasContext(name) ? name : context + name;
  }

  /** Whether a subject names its context ({@code :.ctx:name}, or {@code :.:name} for the default one). */
  private static boolean hasContext(String subject) {
    return subject.startsWith(":.") && subject.indexOf(':', 2) > 1;
  }

  /**
   * Whether {@code subject} answers to the {@code subject} parameter of a lookup by id: any for
   * none, the subjects in it for a context ({@code :.team:}, as {@code /contexts/.team/schemas/ids/..}
   * sends), else that subject only.
   */
  static boolean matches(String subject, String wanted) {
    if (wanted == null || wanted.isEmpty()) {
      return true;
    }
    return isContext(wanted) ? subject.startsWith(wanted) : subject.equals(wanted);
  }
}
