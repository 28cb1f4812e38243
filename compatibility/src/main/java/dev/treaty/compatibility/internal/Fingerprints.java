package dev.treaty.compatibility.internal;

import dev.treaty.compatibility.ResolvedReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 fingerprints of canonical schema text and its references. */
public final class Fingerprints {

  private Fingerprints() {}

  public static String sha256(String canonical, List<ResolvedReference> references) {
    MessageDigest digest = newDigest();
    update(digest, canonical);
    for (ResolvedReference reference : references) {
      update(digest, reference.name());
      update(digest, reference.text());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // Length-prefix each part so that ("ab","c") and ("a","bc") never collide.
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
