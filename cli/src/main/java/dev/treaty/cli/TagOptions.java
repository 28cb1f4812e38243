package dev.treaty.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.protobuf.ProtobufTags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * Confluent's schema tags on {@code register}: {@code --tag acme.User.ssn=PII} adds tags to a field
 * (or, when the name is a record's full name, to the record) of an Avro schema, or to a JSON
 * Schema property or object by Confluent's path ({@code object.address.object.city}), or to a
 * Protobuf field or message ({@code acme.Order.ssn}, {@code acme.Order}), {@code --untag}
 * removes them and {@code --propagate-tags} carries the latest version's over. The registry writes
 * them into the schema ({@code confluent:tags}, or Protobuf's {@code confluent.Meta} options).
 */
final class TagOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--tag", paramLabel = "ENTITY=TAG[,TAG...]",
      description = "Add schema tags to a record or message (its full name, e.g. acme.User) or a field (acme.User.ssn) of an Avro or Protobuf schema, or by Confluent's JSON Schema path (object.address.object.city) (repeatable).")
  List<String> add = new ArrayList<>();

  @Option(names = "--untag", paramLabel = "ENTITY=TAG[,TAG...]", description = "Remove schema tags (repeatable).")
  List<String> remove = new ArrayList<>();

  @Option(names = "--propagate-tags", description = "Carry the tags of the subject's latest version over to this one.")
  boolean propagate;

  /** The request with its tag operations; unchanged when none was asked for. */
  RegisterSchemaRequest applyTo(RegisterSchemaRequest request, SchemaFile file) {
    if (add.isEmpty() && remove.isEmpty() && !propagate) {
      return request;
    }
    Set<String> records = records(file);
    return new RegisterSchemaRequest(request.schema(), request.schemaType(), request.references(), request.metadata(),
        request.ruleSet(), request.version(), request.id(), entries(add, records, file), entries(remove, records, file),
        propagate ? Boolean.TRUE : null);
  }

  private static ArrayNode entries(List<String> options, Set<String> records, SchemaFile file) {
    if (options.isEmpty()) {
      return null;
    }
    ArrayNode list = JSON.createArrayNode();
    for (String option : options) {
      int equals = option.indexOf('=');
      if (equals <= 0 || equals == option.length() - 1) {
        throw new InputException("Expected ENTITY=TAG[,TAG...] (e.g. acme.User.ssn=PII), not '" + option + "'");
      }
      String entity = option.substring(0, equals).trim();
      var entry = list.addObject();
      entry.putObject("schemaEntity").put("entityPath", entity)
          .put("entityType", records.contains(entity) || isJsonObjectPath(file, entity) ? "sr_record" : "sr_field");
      ArrayNode tags = entry.putArray("tags");
      for (String tag : option.substring(equals + 1).split(",")) {
        if (!tag.isBlank()) {
          tags.add(tag.trim());
        }
      }
    }
    return list;
  }

  // Confluent's JSON Schema paths end in the type word "object" when they name an object itself.
  private static boolean isJsonObjectPath(SchemaFile file, String entity) {
    return file.type().equals("JSON") && (entity.equals("object") || entity.endsWith(".object"));
  }

  // The full names of the records an Avro file defines, by Avro's namespace rules, or of the
  // messages a .proto file defines.
  private static Set<String> records(SchemaFile file) {
    Set<String> names = new HashSet<>();
    if (file.type().equals("PROTOBUF")) {
      try {
        return ProtobufTags.messages(file.text());
      } catch (InvalidSchemaException e) {
        return names; // the registry answers the parse error
      }
    }
    if (file.type().equals("AVRO")) {
      try {
        collect(JSON.readTree(file.text()), null, names);
      } catch (JsonProcessingException e) {
        // not JSON: the registry answers the parse error
      }
    }
    return names;
  }

  private static void collect(JsonNode type, String namespace, Set<String> names) {
    if (type.isArray()) {
      type.forEach(branch -> collect(branch, namespace, names));
    } else if (type.isObject()) {
      String kind = type.path("type").asText("");
      if (kind.equals("record") || kind.equals("error")) {
        String name = type.path("name").asText();
        String space = type.hasNonNull("namespace") ? type.get("namespace").asText() : namespace;
        String full = name.contains(".") || space == null || space.isEmpty() ? name : space + "." + name;
        names.add(full);
        String inner = full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : null;
        type.path("fields").forEach(field -> collect(field.path("type"), inner, names));
      } else if (kind.equals("array")) {
        collect(type.path("items"), namespace, names);
      } else if (kind.equals("map")) {
        collect(type.path("values"), namespace, names);
      } else {
        collect(type.path("type"), namespace, names);
      }
    }
  }
}
