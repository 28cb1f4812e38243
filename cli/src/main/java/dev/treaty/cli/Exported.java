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
record Exported(int formatVersion, Config config, String mode, List<Subject> subjects) {

  static final String MANIFEST = "treaty-export.json";
  static final int FORMAT_VERSION = 1;

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
