package dev.treaty.registry.webhooks;

import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Refuses a subscription that could not be delivered as asked, before anything is stored. */
final class WebhookValidation {

  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");
  // Set by the sender; a subscription may not replace them.
  private static final Set<String> RESERVED = Set.of(
      "content-type", "content-length", "host", "connection", "expect", "upgrade", "transfer-encoding", "user-agent");

  private WebhookValidation() {}

  static void url(Sender sender, String url) {
    require(url != null && !url.isBlank(), "Field url is required");
    require(url.length() <= 2048, "Field url is longer than 2048 characters");
    String refusal = sender.refusal(url);
    require(refusal == null, refusal);
  }

  static void eventTypes(List<String> types) {
    require(types != null && !types.isEmpty(), "Field eventTypes needs at least one event type (or \"*\")");
    Set<String> known = EventTypes.known();
    for (String type : types) {
      require(type != null && known.contains(type), "Unknown event type '" + type + "'; known: " + String.join(", ", known));
    }
  }

  static void secrets(List<String> secrets) {
    require(secrets.size() <= Secrets.MAX, "At most " + Secrets.MAX + " secrets at once (rotate, then drop the old)");
    for (String secret : secrets) {
      String problem = Secrets.problem(secret);
      require(problem == null, problem);
    }
  }

  static void headers(Map<String, String> headers) {
    require(headers.size() <= 20, "At most 20 headers");
    headers.forEach((name, value) -> {
      require(name != null && HEADER_NAME.matcher(name).matches(), "Header name '" + name + "' is not a valid token");
      String lower = name.toLowerCase(Locale.ROOT);
      require(!lower.startsWith("webhook-") && !RESERVED.contains(lower), "Header " + name + " is set by Treaty");
      require(value != null && value.length() <= 4096 && value.chars().noneMatch(c -> c < 0x20 && c != '\t'),
          "Header " + name + " needs a value of at most 4096 characters without control characters");
    });
  }

  static BodyFormat format(String name) {
    BodyFormat format = BodyFormat.find(name);
    require(format != null, "Field format must be cloudevents or github_dispatch, not '" + name + "'");
    return format;
  }

  static String text(String field, String value, int max) {
    require(value == null || value.length() <= max, "Field " + field + " is longer than " + max + " characters");
    return value;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new RegistryException(ErrorCode.INVALID_WEBHOOK, message);
    }
  }
}
