package dev.treaty.compatibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.compatibility.InvalidSchemaException;
import java.util.Locale;
import org.everit.json.schema.loader.SchemaLoader.SchemaLoaderBuilder;

/**
 * The JSON Schema drafts everit-json-schema can load, chosen by {@code $schema} (draft 7 when
 * absent). Drafts 2019-09 and 2020-12 are refused: everit would read them as draft 7 and silently
 * ignore keywords such as {@code unevaluatedProperties} or {@code prefixItems}, and a check that
 * ignores constraints could call a breaking change compatible.
 */
enum Draft {
  DRAFT_4("draft-04"),
  DRAFT_6("draft-06"),
  DRAFT_7("draft-07");

  private final String marker;

  Draft(String marker) {
    this.marker = marker;
  }

  static Draft of(JsonNode document) {
    JsonNode declared = document.isObject() ? document.get("$schema") : null;
    if (declared == null) {
      return DRAFT_7;
    }
    if (!declared.isTextual()) {
      throw new InvalidSchemaException("`$schema` must be a string naming a JSON Schema draft, not " + declared);
    }
    String uri = declared.textValue().toLowerCase(Locale.ROOT);
    for (Draft draft : values()) {
      if (uri.matches("https?://json-schema\\.org/" + draft.marker + "/schema#?")) {
        return draft;
      }
    }
    if (uri.contains("2019-09") || uri.contains("2020-12")) {
      throw new InvalidSchemaException("JSON Schema " + (uri.contains("2019-09") ? "2019-09" : "2020-12")
          + " is not supported: Treaty reads drafts 4, 6 and 7 (the drafts everit-json-schema implements);"
          + " declare http://json-schema.org/draft-07/schema# instead.");
    }
    throw new InvalidSchemaException("Unknown `$schema` " + declared.textValue()
        + "; supported are http://json-schema.org/draft-04/schema#, draft-06 and draft-07.");
  }

  SchemaLoaderBuilder configure(SchemaLoaderBuilder builder) {
    return switch (this) {
      case DRAFT_4 -> builder;
      case DRAFT_6 -> builder.draftV6Support();
      case DRAFT_7 -> builder.draftV7Support();
    };
  }

  /** {@code draft-07} and the like, for messages and docs. */
  String label() {
    return marker;
  }
}
