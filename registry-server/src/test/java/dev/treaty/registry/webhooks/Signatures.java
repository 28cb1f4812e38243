package dev.treaty.registry.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiver's side of Standard Webhooks, written from the specification for the tests (and as
 * docs/webhooks.md shows it), independent of the server's signer.
 */
final class Signatures {

  private Signatures() {}

  /** Whether any {@code v1,} signature in the header is the HMAC of {@code id.timestamp.body} under the secret. */
  static boolean verify(String whsec, String id, String timestamp, String body, String header) throws Exception {
    byte[] key = Base64.getDecoder().decode(whsec.substring("whsec_".length()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    for (String signature : header.split(" ")) {
      if (signature.startsWith("v1,")
          && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
        return true;
      }
    }
    return false;
  }
}
