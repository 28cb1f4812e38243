package dev.treaty.registry.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks' symmetric scheme: secrets are {@code whsec_} + Base64 of 24 to 64 random
 * bytes, the HMAC-SHA256 key is the decoded bytes, and a request carries {@code v1,<Base64 HMAC>}
 * of {@code id.timestamp.body} for each secret, separated by spaces (several during a rotation).
 */
final class Secrets {

  static final String PREFIX = "whsec_";
  /** Several secrets only overlap while receivers move to the new one. */
  static final int MAX = 3;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SEPARATOR = Pattern.compile(" ");

  private Secrets() {}

  static String generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The problem with a secret, or null when it is a valid {@code whsec_} secret. */
  static String problem(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return "A secret must start with " + PREFIX;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return "A secret must be " + PREFIX + " followed by Base64";
    }
    return key.length < 24 || key.length > 64 ? "A secret must hold 24 to 64 bytes, not " + key.length : null;
  }

  static List<String> split(String stored) {
    return stored == null || stored.isBlank() ? List.of() : List.of(SEPARATOR.split(stored.trim()));
  }

  /** The {@code webhook-signature} header: one {@code v1,} signature per secret. */
  static String signature(List<String> secrets, String id, long timestamp, byte[] body) {
    StringBuilder header = new StringBuilder();
    for (String secret : secrets) {
      header.append(header.isEmpty() ? "" : " ").append("v1,").append(sign(secret, id, timestamp, body));
    }
    return header.toString();
  }

  private static String sign(String secret, String id, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
