package dev.treaty.registry.store;

/**
 * What the audit trail narrows events to; a null field matches every event. All fields are exact
 * matches: {@code actor} is the recorded identity (a user name, {@code token:<name>}, or an
 * address on an open registry).
 */
public record EventFilter(String subject, String application, String environment, String type, String actor) {

  public static final EventFilter ALL = new EventFilter(null, null, null, null, null);

  public EventFilter {
    subject = blankToNull(subject);
    application = blankToNull(application);
    environment = blankToNull(environment);
    type = blankToNull(type);
    actor = blankToNull(actor);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
