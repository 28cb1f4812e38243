package dev.treaty.client.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.treaty.client.model.ContractEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One topic (or, under the RecordNameStrategy, one subject whose topic is unknown) and the subjects
 * the application uses on it: the value subjects become its messages, a key subject becomes the
 * Kafka key of those messages. Not thread-safe: it belongs to one document being built.
 */
final class Channel {

  /** One subject of the contract, produced or consumed. */
  record Use(AsyncApiSource.Side side, boolean produced) {

    ContractEntry entry() {
      return side.entry();
    }

    String subject() {
      return entry().subject();
    }

    String schemaType() {
      return entry().schemaType() == null ? "AVRO" : entry().schemaType();
    }

    String recordName() {
      return RecordNames.of(schemaType(), entry().schema(), Payloads.parse(schemaType(), entry().schema()));
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String id;
  private final String address;
  private final Set<String> notes = new LinkedHashSet<>();
  private final Map<String, Use> values = new LinkedHashMap<>();
  private final Map<String, List<JsonNode>> examplesBySubject = new LinkedHashMap<>();
  private final Set<String> sent = new LinkedHashSet<>();
  private final Set<String> received = new LinkedHashSet<>();
  private Use key;

  Channel(String id, String address) {
    this.id = id;
    this.address = address;
  }

  /** A name usable as a key of {@code channels}, {@code operations} and {@code components}. */
  static String id(String name) {
    return name.replaceAll("[^a-zA-Z0-9.\\-_]", "_");
  }

  String id() {
    return id;
  }

  void add(Use use, Topic topic) {
    notes.add(topic.note(use.subject()));
    String message = id(use.subject());
    if (topic.key()) {
      if (key == null) {
        key = use;
      }
    } else {
      // produced first: when a subject is both produced and consumed, the message shows the schema written
      values.putIfAbsent(use.subject(), use);
      examplesBySubject.computeIfAbsent(use.subject(), ignored -> new ArrayList<>()).addAll(use.entry().examples());
    }
    (use.produced() ? sent : received).add(message);
  }

  ObjectNode node() {
    ObjectNode channel = NODES.objectNode();
    if (address == null) {
      channel.putNull("address");
    } else {
      channel.put("address", address);
    }
    channel.put("description", String.join(" ", notes));
    ObjectNode messages = channel.putObject("messages");
    for (String message : messageIds()) {
      messages.putObject(message).put("$ref", "#/components/messages/" + message);
    }
    return channel;
  }

  void operations(ObjectNode operations) {
    operation(operations, "send", sent, "What the application writes to " + describe() + ".");
    operation(operations, "receive", received, "What the application reads from " + describe() + ".");
  }

  void messages(ObjectNode components) {
    if (values.isEmpty()) {
      components.set(id(key.subject()), Messages.message(key, null, key, List.of()));
    }
    for (Use use : values.values()) {
      components.set(id(use.subject()), Messages.message(use, use, key, examplesBySubject.get(use.subject())));
    }
  }

  private List<String> messageIds() {
    return values.isEmpty() ? List.of(id(key.subject())) : values.keySet().stream().map(Channel::id).toList();
  }

  private String describe() {
    return address == null ? "the topics of its record subjects" : "topic " + address;
  }

  private void operation(ObjectNode operations, String action, Set<String> subjects, String description) {
    // a key subject alone marks the channel used; the operation then carries the channel's messages
    List<String> messages = messageIds().stream().filter(subjects::contains).toList();
    if (subjects.isEmpty()) {
      return;
    }
    if (messages.isEmpty()) {
      messages = messageIds();
    }
    ObjectNode operation = operations.putObject(action + "-" + id);
    operation.put("action", action);
    operation.putObject("channel").put("$ref", "#/channels/" + id);
    operation.put("description", description);
    ArrayNode refs = operation.putArray("messages");
    messages.forEach(message -> refs.addObject().put("$ref", "#/channels/" + id + "/messages/" + message));
  }
}
