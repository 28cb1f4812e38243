package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.InvalidSchemaException;
import dev.treaty.compatibility.ResolvedReference;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.everit.json.schema.SchemaException;
import org.everit.json.schema.loader.SchemaLoader;
import org.everit.json.schema.loader.SchemaLoader.SchemaLoaderBuilder;

/**
 * Text plus resolved references to a {@link JsonSchema}. References are registered with everit by
 * their name (and their {@code $id}); everit never fetches anything: a {@code $ref} to a document
 * that is not among the references is an error naming it.
 */
final class JsonSchemaParser {

  private JsonSchemaParser() {}

  /** With {@code metaSchema}, the document must also conform to its draft's meta-schema. */
  static JsonSchema parse(String text, List<ResolvedReference> references, boolean metaSchema) {
    JsonNode document;
    try {
      document = JsonDocuments.parse(text);
    } catch (JsonDocuments.MalformedJson e) {
      throw e.asInvalidSchema("The schema");
    }
    if (!document.isObject() && !document.isBoolean()) {
      throw new InvalidSchemaException("A JSON Schema is an object or a boolean, not " + document.getNodeType());
    }
    Draft draft = Draft.of(document);
    if (metaSchema) {
      MetaSchemas.check(document, draft);
    }
    Schema schema = load(document, draft, references, true);
    ReferenceCycles.reject(schema);
    return new JsonSchema(text, document, draft, List.copyOf(references), schema);
  }

  /**
   * Loads the everit model. With {@code defaults}, everit keeps {@code default} values (the diff
   * needs them) but also writes them into validated documents, so payload validation loads the
   * same document again without them.
   */
  static Schema load(JsonNode document, Draft draft, List<ResolvedReference> references, boolean defaults) {
    Object json = JsonDocuments.toOrgJson(document);
    Map<URI, Object> known = knownDocuments(references, id(document));
    try {
      // A fresh builder per attempt: everit keeps loading state in it.
      return DeepStack.call(() -> {
        SchemaLoaderBuilder builder = draft.configure(SchemaLoader.builder())
            .useDefaults(defaults)
            .schemaJson(json)
            .schemaClient(OfflineSchemaClient.INSTANCE);
        known.forEach(builder::registerSchemaByURI);
        return builder.build().load().build();
      });
    } catch (OfflineSchemaClient.UnresolvedReference e) {
      throw new InvalidSchemaException("Unresolved reference " + e.getMessage() + ": no reference named so was given"
          + " (given: " + references.stream().map(ResolvedReference::name).toList() + ")", e);
    } catch (SchemaException e) {
      String unresolved = LocalReferences.firstUnresolved(document);
      if (unresolved != null) {
        throw new InvalidSchemaException("Invalid JSON Schema: the $ref " + unresolved
            + " points at no location in the schema", e);
      }
      throw new InvalidSchemaException("Invalid JSON Schema: " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new InvalidSchemaException("The schema is nested too deeply to load");
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() instanceof OfflineSchemaClient.UnresolvedReference unresolved ? unresolved : e;
      throw new InvalidSchemaException("Invalid JSON Schema: " + cause.getMessage(), e);
    }
  }

  private static Map<URI, Object> knownDocuments(List<ResolvedReference> references, String rootId) {
    Map<URI, Object> known = new LinkedHashMap<>();
    for (ResolvedReference reference : references) {
      JsonNode document;
      try {
        document = JsonDocuments.parse(reference.text());
      } catch (JsonDocuments.MalformedJson e) {
        throw e.asInvalidSchema("Reference " + reference.name());
      }
      Object json = JsonDocuments.toOrgJson(document);
      for (String name : names(reference.name(), id(document), rootId)) {
        known.put(uri(name, reference.name()), json);
      }
    }
    return known;
  }

  private static List<String> names(String name, String ownId, String rootId) {
    List<String> names = new ArrayList<>(List.of(name));
    if (ownId != null) {
      names.add(ownId);
    }
    if (rootId != null) {
      try {
        names.add(URI.create(rootId).resolve(name).toString());
      } catch (IllegalArgumentException e) {
        // The root id is not a URI everit could resolve against either; the plain name remains.
      }
    }
    return names;
  }

  private static URI uri(String name, String referenceName) {
    try {
      return new URI(name);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidSchemaException("Reference name " + referenceName + " is not a URI: " + e.getMessage(), e);
    }
  }

  private static String id(JsonNode document) {
    if (!document.isObject()) {
      return null;
    }
    JsonNode id = document.has("$id") ? document.get("$id") : document.get("id");
    return id != null && id.isTextual() ? id.textValue() : null;
  }
}
