package dev.treaty.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.maven.derive.Derivation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Confluent's {@code derive-schema}: works out one schema that fits every sample message (one JSON
 * object per line of {@code messagePath}) and writes {@code {"schemas": [{"schema": …,
 * "messagesMatched": [0, 1, …]}]}} to {@code outputPath}, as Confluent's goal does. The first step
 * when events already flow and no schema was ever written. No registry is involved.
 */
@Mojo(name = "derive-schema", threadSafe = true, requiresProject = false)
public class DeriveSchemaMojo extends AbstractMojo {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A file of sample messages, one JSON object per line (blank lines are skipped). */
  @Parameter(property = "treaty.messagePath", required = true)
  File messagePath;

  /** Where to write the derived schema. */
  @Parameter(property = "treaty.outputPath", required = true)
  File outputPath;

  /** {@code AVRO}, {@code JSON} or {@code PROTOBUF}. */
  @Parameter(property = "treaty.schemaType", defaultValue = "AVRO")
  String schemaType;

  @Override
  public void execute() throws MojoExecutionException {
    List<JsonNode> messages = read();
    JsonNode schema;
    try {
      schema = Derivation.derive(messages, schemaType);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("derive-schema: " + e.getMessage(), e);
    }
    ObjectNode output = JSON.createObjectNode();
    ObjectNode entry = output.putArray("schemas").addObject();
    entry.set("schema", schema);
    ArrayNode matched = entry.putArray("messagesMatched");
    for (int i = 0; i < messages.size(); i++) {
      matched.add(i);
    }
    try {
      if (outputPath.getParentFile() != null) {
        Files.createDirectories(outputPath.getParentFile().toPath());
      }
      Files.writeString(outputPath.toPath(), output.toPrettyString() + "\n");
    } catch (IOException e) {
      throw new MojoExecutionException("derive-schema cannot write " + outputPath + ": " + e, e);
    }
    getLog().info("Derived a " + schemaType.toUpperCase(java.util.Locale.ROOT) + " schema from " + messages.size()
        + " message(s) into " + outputPath);
  }

  private List<JsonNode> read() throws MojoExecutionException {
    List<String> lines;
    try {
      lines = Files.readAllLines(messagePath.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("derive-schema cannot read " + messagePath + ": " + e, e);
    }
    List<JsonNode> messages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        messages.add(JSON.readTree(lines.get(i)));
      } catch (JsonProcessingException e) {
        throw new MojoExecutionException(messagePath + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return messages;
  }
}
