package dev.treaty.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents metadata carried in Kafka headers (the binary mode of the CloudEvents Kafka binding):
 * {@code ce_specversion}, {@code ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_time} and the
 * {@code ce_correlationid} extension. Treaty's serializers set them when
 * {@link SerdeConfig#ENVELOPE_ENABLED} is on; consumers read them with {@link #from(Headers)}, so the
 * metadata travels even when the payload omits it.
 *
 * @param correlationId {@code null} when the record has none
 * @param time {@code null} when the header is missing or not an RFC 3339 instant
 */
public record Envelope(String id, String source, String type, Instant time, String correlationId) {

  public static final String SPEC_VERSION = "ce_specversion";
  public static final String ID = "ce_id";
  public static final String SOURCE = "ce_source";
  public static final String TYPE = "ce_type";
  public static final String TIME = "ce_time";
  public static final String CORRELATION_ID = "ce_correlationid";

  /** The envelope of a record, or empty when the record carries no {@code ce_id} header. */
  public static Optional<Envelope> from(Headers headers) {
    String id = last(headers, ID);
    if (id == null) {
      return Optional.empty();
    }
    Instant time = null;
    String timeText = last(headers, TIME);
    if (timeText != null) {
      try {
        time = Instant.parse(timeText);
      } catch (java.time.format.DateTimeParseException e) {
        time = null;
      }
    }
    return Optional.of(new Envelope(id, last(headers, SOURCE), last(headers, TYPE), time, last(headers, CORRELATION_ID)));
  }

  /** Writes this envelope, replacing any {@code ce_*} headers of the same names. */
  public void writeTo(Headers headers) {
    put(headers, SPEC_VERSION, "1.0");
    put(headers, ID, id);
    put(headers, SOURCE, source);
    put(headers, TYPE, type);
    put(headers, TIME, time == null ? null : time.toString());
    put(headers, CORRELATION_ID, correlationId);
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    if (value != null && !value.isEmpty()) {
      headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String last(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
