package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds a {@code $ref} to a JSON pointer inside the document ({@code #/definitions/x}) that leads
 * nowhere, to name it when loading fails: everit only says which key it missed.
 */
final class LocalReferences {

  private LocalReferences() {}

  /** {@code "#/definitions/missing" at #/properties/a}, or {@code null} when every local pointer resolves. */
  static String firstUnresolved(JsonNode document) {
    return search(document, document, "#");
  }

  private static String search(JsonNode root, JsonNode node, String at) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && ref.textValue().startsWith("#/")
          && root.at(URLDecoder.decode(ref.textValue().substring(1), StandardCharsets.UTF_8)).isMissingNode()) {
        return "\"" + ref.textValue() + "\" at " + at;
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String found = search(root, field.getValue(), at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"));
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = search(root, node.get(i), at + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
