package dev.treaty.compatibility.protobuf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The files every schema may import without a reference, as in Confluent: {@code google/protobuf/*}
 * (from protobuf-java's jar, which ships them), {@code google/type/*} (from Google's common-protos
 * jar) and {@code confluent/meta.proto} with {@code confluent/type/decimal.proto} (Treaty's own copies).
 */
final class WellKnownFiles {

  private static final String CONFLUENT = "dev/treaty/compatibility/protobuf/builtin/";

  private WellKnownFiles() {}

  /** The text of a well-known file, or {@code null} when the path is not one. */
  static String text(String path) {
    if (!path.endsWith(".proto") || path.contains("..")) {
      return null;
    }
    if (path.startsWith("google/protobuf/")) {
      return resource(com.google.protobuf.Message.class, path);
    }
    if (path.startsWith("google/type/")) {
      return resource(com.google.type.Money.class, path);
    }
    if (path.startsWith("confluent/")) {
      return resource(WellKnownFiles.class, CONFLUENT + path);
    }
    return null;
  }

  private static String resource(Class<?> beside, String path) {
    try (InputStream in = beside.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
