package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AsyncAPI 3.0 document of one application version, built from its contract: a channel per
 * topic, a {@code send} operation for what the application produces and a {@code receive} operation
 * for what it consumes, a message per subject with its schema in its own format. The same input
 * gives the same document, so the server, the CLI and the Maven plugin agree. Thread-safe.
 */
public final class AsyncApi {

  public static final String SPEC_VERSION = "3.0.0";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      // a version "2.1" stays a string, as AsyncAPI wants it
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build();

  private AsyncApi() {}

  /** @throws IllegalArgumentException when a schema that should be JSON (Avro, JSON Schema) is not */
  public static ObjectNode document(AsyncApiSource source) {
    Map<String, Channel> channels = new LinkedHashMap<>();
    ObjectNode schemas = NODES.objectNode();
    List<Channel.Use> uses = new ArrayList<>();
    source.produces().forEach(side -> uses.add(new Channel.Use(side, true)));
    source.consumes().forEach(side -> uses.add(new Channel.Use(side, false)));
    for (Channel.Use use : uses) {
      Topic topic = Topic.of(use.subject(), use.recordName());
      String id = Channel.id(topic.address() != null ? topic.address() : use.subject());
      channels.computeIfAbsent(id, ignored -> new Channel(id, topic.address())).add(use, topic);
      use.side().references().forEach((name, text) -> schemas.set(Payloads.componentKey(name),
          Payloads.component(use.schemaType(), text, use.side().references())));
    }

    ObjectNode document = NODES.objectNode();
    document.put("asyncapi", SPEC_VERSION);
    document.set("info", info(source));
    ObjectNode channelNodes = document.putObject("channels");
    ObjectNode operations = document.putObject("operations");
    ObjectNode components = document.putObject("components");
    ObjectNode messages = components.putObject("messages");
    for (Channel channel : channels.values()) {
      channelNodes.set(channel.id(), channel.node());
      channel.operations(operations);
      channel.messages(messages);
    }
    if (!schemas.isEmpty()) {
      components.set("schemas", schemas);
    }
    if (!channels.isEmpty()) {
      components.putObject("messageTraits").set(EnvelopeHeaders.TRAIT, EnvelopeHeaders.trait());
    }
    return document;
  }

  public static String json(JsonNode document) {
    try {
      return JSON.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String yaml(JsonNode document) {
    try {
      return YAML.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode info(AsyncApiSource source) {
    ObjectNode info = NODES.objectNode();
    info.put("title", source.application());
    info.put("version", source.version());
    StringBuilder description = new StringBuilder(source.description() != null && !source.description().isBlank()
        ? source.description().strip()
        : "The events application " + source.application() + " produces and consumes, from its published contract.");
    if (source.environment() != null) {
      description.append("\n\nVersion ").append(source.version()).append(" as deployed in ")
          .append(source.environment()).append('.');
    }
    info.put("description", description.toString());
    if (source.owner() != null && !source.owner().isBlank()) {
      info.putObject("contact").put("name", source.owner().strip());
    }
    return info;
  }
}
