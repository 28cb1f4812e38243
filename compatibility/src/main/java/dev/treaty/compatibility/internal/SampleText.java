package dev.treaty.compatibility.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Text for generated samples: words of a wanted length, and values of the common string formats. */
public final class SampleText {

  private static final String[] ASCII = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};
  /** Letters that break code assuming ASCII, one char each (no surrogate pairs, so lengths are simple). */
  private static final String[] WIDE = {"Zürich", "Ærøskøbing", "Ελλάδα", "日本語", "Привет", "עברית", "✓☃€"};

  /** 2000-01-01 to 2099-12-31, in seconds. */
  private static final long FIRST_SECOND = 946_684_800L;
  private static final long LAST_SECOND = 4_102_444_799L;

  private SampleText() {}

  /** Text of {@code min} to {@code max} characters ({@code max} < 0: unbounded). */
  public static String of(SampleDice dice, int min, int max) {
    int cap = max < 0 ? Math.max(min, 40) : Math.min(max, Math.max(min, 40));
    int length = dice.smallest() ? min : dice.fullest() ? cap : min + dice.nextInt(Math.min(cap, min + 12) - min + 1);
    StringBuilder text = new StringBuilder();
    String[] words = dice.unicode() ? WIDE : ASCII;
    while (text.length() < length) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(words[dice.nextInt(words.length)]);
    }
    return text.substring(0, length);
  }

  /** A value of a JSON Schema {@code format}, or {@code null} when the format is not one we know. */
  public static String format(String format, SampleDice dice) {
    return switch (format) {
      case "date-time" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant(dice).atOffset(ZoneOffset.UTC));
      case "date" -> LocalDate.ofInstant(instant(dice), ZoneOffset.UTC).toString();
      case "time" -> DateTimeFormatter.ISO_OFFSET_TIME.format(instant(dice).atOffset(ZoneOffset.UTC));
      case "uuid" -> uuid(dice).toString();
      case "email", "idn-email" -> ASCII[dice.nextInt(ASCII.length)] + "." + dice.nextInt(1000) + "@example.com";
      case "hostname", "idn-hostname" -> ASCII[dice.nextInt(ASCII.length)] + ".example.com";
      case "ipv4" -> dice.nextInt(224) + "." + dice.nextInt(256) + "." + dice.nextInt(256) + "." + (1 + dice.nextInt(254));
      case "ipv6" -> "2001:db8::" + Integer.toHexString(1 + dice.nextInt(0xfffe));
      case "uri", "iri" -> "https://example.com/" + ASCII[dice.nextInt(ASCII.length)] + "/" + dice.nextInt(10_000);
      case "uri-reference", "iri-reference" -> "/" + ASCII[dice.nextInt(ASCII.length)] + "/" + dice.nextInt(10_000);
      case "uri-template" -> "https://example.com/{" + ASCII[dice.nextInt(ASCII.length)] + "}";
      case "json-pointer" -> "/" + ASCII[dice.nextInt(ASCII.length)] + "/" + dice.nextInt(10);
      case "relative-json-pointer" -> dice.nextInt(3) + "/" + ASCII[dice.nextInt(ASCII.length)];
      case "regex" -> "^[a-z]+$";
      default -> null;
    };
  }

  /** An instant between 2000 and 2099, whole milliseconds. */
  public static Instant instant(SampleDice dice) {
    return Instant.ofEpochMilli(dice.between(FIRST_SECOND, LAST_SECOND) * 1000 + dice.nextInt(1000));
  }

  public static UUID uuid(SampleDice dice) {
    return new UUID((dice.nextLong() & ~0xF000L) | 0x4000L, (dice.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
  }
}
