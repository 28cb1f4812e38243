package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A dependency of a schema: {@code name} is how the schema refers to it (Avro full name, .proto
 * import path, JSON Schema {@code $ref}), {@code subject} and {@code version} where it is registered.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaReference(String name, String subject, Integer version) {

  /**
   * A reference written {@code name=subject:version}, {@code latest} (-1) allowed as the version.
   * The last ':' separates the version, so subjects may contain ':'.
   *
   * @throws IllegalArgumentException when it is not written so
   */
  public static SchemaReference parse(String value) {
    int equals = value.indexOf('=');
    int colon = value.lastIndexOf(':');
    if (equals <= 0 || colon <= equals + 1 || colon == value.length() - 1) {
      throw new IllegalArgumentException("Expected name=subject:version, got '" + value + "'");
    }
    String version = value.substring(colon + 1).trim();
    int number;
    if (version.equalsIgnoreCase("latest")) {
      number = -1;
    } else {
      try {
        number = Integer.parseInt(version);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("The version in '" + value + "' is neither a number nor latest");
      }
    }
    return new SchemaReference(value.substring(0, equals), value.substring(equals + 1, colon), number);
  }
}
