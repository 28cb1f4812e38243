package dev.treaty.registry.http;

import dev.treaty.registry.service.Deprecation;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The headers of a read of something deprecated: {@code Deprecation} (RFC 9745, an sf-date such as
 * {@code @1767225600}), {@code Sunset} (RFC 8594, an HTTP-date) and a {@code successor-version} link
 * to the replacement. Bodies stay as they are, so Confluent clients see no change.
 */
final class DeprecationHeaders {

  private DeprecationHeaders() {}

  static void add(Context ctx, Optional<Deprecation> deprecation) {
    if (deprecation.isEmpty()) {
      return;
    }
    Deprecation d = deprecation.get();
    Instant since = d.since();
    if (d.sunset() != null) {
      Instant sunset = LocalDate.parse(d.sunset()).atStartOfDay(ZoneOffset.UTC).toInstant();
      // RFC 9745 section 4: the sunset must not come before the deprecation
      since = since.isAfter(sunset) ? sunset : since;
      ctx.header("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(sunset.atZone(ZoneOffset.UTC)));
    }
    ctx.header("Deprecation", "@" + since.getEpochSecond());
    if (d.replacementSubject() != null) {
      String target = "/subjects/" + URLEncoder.encode(d.replacementSubject(), StandardCharsets.UTF_8).replace("+", "%20")
          + "/versions/" + (d.replacementVersion() == null ? "latest" : d.replacementVersion());
      ctx.header("Link", "<" + target + ">; rel=\"successor-version\"");
    }
  }
}
