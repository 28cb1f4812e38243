package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.SchemaReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash that decides "the same schema": type, canonical text, references, metadata and rule
 * set. Public for tools that write stored schemas directly (the benchmark's seed).
 */
public final class SchemaIdentity {

  private SchemaIdentity() {}

  public static String of(
      String type, String canonical, List<SchemaReference> references, JsonNode metadata, JsonNode ruleSet) {
    MessageDigest digest = sha256();
    update(digest, type);
    update(digest, canonical);
    for (SchemaReference reference : references) {
      update(digest, reference.name());
      update(digest, reference.subject());
      update(digest, Integer.toString(reference.version()));
    }
    update(digest, String.valueOf(Json.write(metadata)));
    update(digest, String.valueOf(Json.write(ruleSet)));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    // length-prefixed so that no two different part lists hash alike
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
