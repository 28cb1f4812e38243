package dev.treaty.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a schema declares, for finding a subject by record name or namespace: Avro's named
 * types with their full names ({@code shop.Order}), Protobuf's messages and enums under the
 * package ({@code shipping.Shipment}, nested ones by their own name under it), JSON Schema's
 * {@code title} and {@code $id}. Read from the text, without resolving references.
 */
final class RecordNames {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern DECLARATION = Pattern.compile("\\b(?:message|enum)\\s+(\\w+)\\s*\\{");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  private RecordNames() {}

  /** Whether one of the names contains {@code part} (lower case), in any case. */
  static boolean anyContains(String schemaType, String text, String part) {
    return of(schemaType, text).stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(part));
  }

  static List<String> of(String schemaType, String text) {
    List<String> names = new ArrayList<>();
    try {
      switch (schemaType == null || schemaType.isBlank() ? "AVRO" : schemaType) {
        case "PROTOBUF" -> protobuf(text, names);
        case "JSON" -> json(Json.read(text), names);
        default -> avro(Json.read(text), null, names);
      }
    } catch (RuntimeException unreadable) {
      // a stored schema always parses; should one not, it simply declares no name to find
    }
    return names;
  }

  private static void avro(JsonNode node, String namespace, List<String> names) {
    if (node.isArray()) {
      node.forEach(branch -> avro(branch, namespace, names));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String space = node.path("namespace").isTextual() ? node.path("namespace").asText() : namespace;
    String type = node.path("type").asText("");
    if (node.path("name").isTextual() && (type.equals("record") || type.equals("enum") || type.equals("fixed")
        || type.equals("error"))) {
      String name = node.path("name").asText();
      String full = name.contains(".") || space == null || space.isEmpty() ? name : space + "." + name;
      names.add(full);
      space = full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : space;
    }
    for (JsonNode field : node.path("fields")) {
      avro(field.path("type"), space, names);
    }
    avro(node.path("items"), space, names);
    avro(node.path("values"), space, names);
    if (node.path("type").isContainerNode()) {
      avro(node.path("type"), space, names);
    }
  }

  private static void protobuf(String text, List<String> names) {
    String code = COMMENT.matcher(text).replaceAll(" ");
    Matcher pkg = PACKAGE.matcher(code);
    String prefix = pkg.find() ? pkg.group(1) + "." : "";
    Matcher declaration = DECLARATION.matcher(code);
    while (declaration.find()) {
      names.add(prefix + declaration.group(1));
    }
  }

  private static void json(JsonNode node, List<String> names) {
    if (node.path("title").isTextual()) {
      names.add(node.path("title").asText());
    }
    if (node.path("$id").isTextual()) {
      names.add(node.path("$id").asText());
    }
  }
}
