package dev.treaty.registry.service;

/**
 * Confluent's contexts as far as config and mode go: a qualified subject {@code :.ctx:orders} is in
 * the context {@code :.ctx:}, whose own config and mode (set on {@code :.ctx:} as a subject) apply
 * to it before the global context's; an unqualified subject is in the default context, where the
 * global ones ({@code /config}, {@code /mode}) apply.
 */
final class Contexts {

  private Contexts() {}

  /** The context {@code :.ctx:} a subject is in, or {@code null} for the default context. */
  static String of(String subject) {
    if (subject == null || !subject.startsWith(":.")) {
      return null;
    }
    int end = subject.indexOf(':', 2);
    if (end <= 2 || subject.startsWith(RegistryMode.GLOBAL_CONTEXT)) {
      return null; // ":.:x" is the default context spelled out; the global context is above all
    }
    return subject.substring(0, end + 1);
  }

  /** Whether {@code subject} names a context itself ({@code :.ctx:}) rather than a subject in one. */
  static boolean isContext(String subject) {
    String context = of(subject);
    return context != null && context.equals(subject);
  }
}
