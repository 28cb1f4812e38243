package dev.treaty.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.Config;
import dev.treaty.client.model.SchemaReference;
import java.util.List;

/**
 * The manifest {@code treaty export} writes beside the schema files ({@code treaty-export.json}):
 * everything needed to rebuild the registry with the same ids, versions, configs and modes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record Exported(int formatVersion, Config config, String mode, List<Subject> subjects, List<Context> contexts) {

  static final String MANIFEST = "treaty-export.json";
  static final int FORMAT_VERSION = 1;

  /** The global context's, by Confluent's name for it. */
  static final String GLOBAL_CONTEXT = ":.__GLOBAL:";

  /**
   * A context by its qualifier ({@code :.team:}, or {@link #GLOBAL_CONTEXT}) with its own config
   * and mode ({@code null} when it has none); its subjects are among {@link #subjects}, by their
   * qualified names. Exports made before contexts have none.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Context(String name, Config config, String mode) {}

  /**
   * Every context the import must open for IMPORT: those listed, and those of qualified subjects
   * (an export may list none), without the global context, which holds no subjects.
   */
  java.util.SortedSet<String> namedContexts() {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    if (contexts != null) {
      contexts.stream().map(Context::name).filter(name -> !name.equals(GLOBAL_CONTEXT)).forEach(names::add);
    }
    for (Subject subject : subjects) {
      String context = contextOf(subject.name());
      if (context != null) {
        names.add(context);
      }
    }
    return names;
  }

  /** The named context {@code :.team:} a subject is in, or null for the default context. */
  static String contextOf(String subject) {
    int end = subject.startsWith(":.") ? subject.indexOf(':', 2) : -1;
    return end > 2 ? subject.substring(0, end + 1) : null;
  }

  /** A subject with its own config and mode ({@code null} when it has none) and every version. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Subject(String name, Config config, String mode, List<Version> versions) {}

  /**
   * One version; the schema text is in {@code file}, relative to the manifest, shared by every
   * version with the same id.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Version(
      int version,
      int id,
      String schemaType,
      List<SchemaReference> references,
      JsonNode metadata,
      JsonNode ruleSet,
      boolean deleted,
      String file) {}

  int versionCount() {
    return subjects.stream().mapToInt(subject -> subject.versions().size()).sum();
  }
}
