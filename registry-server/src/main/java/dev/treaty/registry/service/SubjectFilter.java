package dev.treaty.registry.service;

import java.util.Locale;

/**
 * What the subject list is narrowed to: a case-insensitive part of the name, a format, a level,
 * whether fully soft-deleted subjects are included, and the order ({@code name} or
 * {@code updated}, newest first), whether only subjects with lint findings are kept, and a
 * case-insensitive part of a name the latest schema declares ({@code record}: a record, message or
 * enum with its namespace or package, a JSON Schema's title or $id). Blank criteria match everything.
 */
public record SubjectFilter(
    String text, String format, String level, boolean deleted, String sort, boolean findings, String record,
    String context) {

  /**
   * @param context a Confluent context ({@code .team}), {@code .} for the default one, blank for all;
   *     kept as the {@code subjectPrefix} that lists it ({@code :.team:}, {@code :.:})
   */
  public SubjectFilter {
    text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    record = record == null || record.isBlank() ? null : record.trim().toLowerCase(Locale.ROOT);
    format = blankToNull(format);
    level = blankToNull(level);
    sort = "updated".equalsIgnoreCase(sort) ? "updated" : "name";
    if (context != null && !context.isBlank()) {
      String qualifier = Contexts.qualifier(context);
      context = qualifier == null ? Contexts.DEFAULT_PREFIX : qualifier;
    } else {
      context = null;
    }
  }

  boolean matchesContext(String subject) {
    return context == null || Contexts.listed(subject, context);
  }

  boolean matchesName(String subject) {
    return text.isEmpty() || subject.toLowerCase(Locale.ROOT).contains(text);
  }

  boolean matchesFormat(String schemaType) {
    return format == null || format.equals(schemaType);
  }

  boolean matchesLevel(String compatibilityLevel) {
    return level == null || level.equals(compatibilityLevel);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
  }
}
