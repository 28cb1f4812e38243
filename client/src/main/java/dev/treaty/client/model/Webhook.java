package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A webhook subscription as {@code /treaty/v1/webhooks} shows it, and the body that creates one
 * (filters and {@code secret} optional; the server generates a secret when none is given).
 * {@code secrets} is there only in the answer that created them.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Webhook(
    String id, String url, List<String> eventTypes, String subjectPrefix, String application, String environment,
    String secret, Map<String, String> headers, String format, String description, Boolean enabled,
    Integer secretCount, List<String> secrets) {

  /** The body of a new subscription. */
  public static Webhook request(
      String url, List<String> eventTypes, String subjectPrefix, String application, String environment, String secret,
      Map<String, String> headers, String format, String description) {
    return new Webhook(null, url, eventTypes, subjectPrefix, application, environment, secret, headers, format,
        description, null, null, null);
  }

  @Override
  public String toString() {
    return "Webhook[id=" + id + ", url=" + url + ", eventTypes=" + eventTypes + "]";
  }
}
