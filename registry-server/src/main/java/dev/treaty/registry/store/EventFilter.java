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

  /**
   * The column whose index a filtered read goes through: the first filter given, in the order
   * subject, application, environment, actor, type (types are few, so a type alone narrows
   * least); {@code null} when no filter is given.
   */
  String leadingColumn() {
    return subject != null ? "subject" : application != null ? "application" : environment != null ? "environment"
        : actor != null ? "actor" : type != null ? "type" : null;
  }

  /** The value of {@link #leadingColumn()}. */
  String leadingValue() {
    return subject != null ? subject : application != null ? application : environment != null ? environment
        : actor != null ? actor : type;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
