package dev.treaty.registry.webhooks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shape of a request body. Both carry the same CloudEvents attributes; GitHub's
 * {@code repository_dispatch} API accepts only {@code event_type} and {@code client_payload}, so
 * for it the event is wrapped.
 */
enum BodyFormat {
  /** A CloudEvents 1.0 event in structured mode ({@code application/cloudevents+json}). */
  CLOUDEVENTS("application/cloudevents+json"),
  /** {@code {"event_type": type, "client_payload": event}} for GitHub's repository_dispatch. */
  GITHUB_DISPATCH("application/json");

  private final String contentType;

  BodyFormat(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named, or null for an unknown name. */
  static BodyFormat find(String name) {
    return Arrays.stream(values()).filter(f -> f.wireName().equals(name)).findFirst().orElse(null);
  }

  static BodyFormat parse(String name) {
    BodyFormat format = find(name);
    if (format == null) {
      throw new IllegalStateException("Unknown stored body format " + name);
    }
    return format;
  }
}
