package dev.treaty.compatibility.protobuf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code google/protobuf/*.proto} files, read from protobuf-java's jar, which ships them all;
 * importing one needs no reference, as in Confluent.
 */
final class WellKnownFiles {

  private WellKnownFiles() {}

  /** The text of a well-known file, or {@code null} when the path is not one. */
  static String text(String path) {
    if (!path.startsWith("google/protobuf/") || !path.endsWith(".proto") || path.contains("..")) {
      return null;
    }
    try (InputStream in = com.google.protobuf.Message.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
