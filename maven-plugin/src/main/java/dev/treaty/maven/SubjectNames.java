package dev.treaty.maven;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * XML element names cannot hold {@code /} or {@code :}, so subjects written as map keys in a
 * pom spell them {@code _x2F} and {@code _x3A} (Confluent's convention); file names use the same
 * spelling for every character a path cannot hold.
 */
final class SubjectNames {

  private SubjectNames() {}

  /** {@code _xHH} becomes the character with that hex code (UTF-8 sequences included). */
  static String decode(String elementName) {
    String percent = elementName.replaceAll("_x([0-9A-Fa-f]{2})", "%$1");
    if (percent.equals(elementName)) {
      return elementName;
    }
    return URLDecoder.decode(percent.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** A file name for a subject: URL-encoded, with {@code %} spelled {@code _x}. */
  static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("%", "_x");
  }
}
