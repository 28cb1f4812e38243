package dev.treaty.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * An event built by the application's code, as JSON in its format's encoding: Avro records in
 * Avro's JSON encoding, Protobuf messages in the proto3 JSON mapping, anything else as Jackson
 * writes it.
 */
final class EventJson {

  private static final ObjectMapper JACKSON = new ObjectMapper().findAndRegisterModules();

  private EventJson() {}

  static String of(Object event) {
    if (event instanceof GenericContainer avro) {
      return avro(avro);
    }
    if (event instanceof Message message) {
      try {
        return JsonFormat.printer().omittingInsignificantWhitespace().print(message);
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalArgumentException("protobuf-java cannot print the event as JSON: " + e.getMessage(), e);
      }
    }
    if (event instanceof JsonNode node) {
      return node.toString();
    }
    try {
      return JACKSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Jackson cannot write the event as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The event's JSON as a tree, as a contract's examples hold it. */
  static JsonNode tree(String json) {
    try {
      return JACKSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The event is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String avro(GenericContainer event) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Encoder encoder = EncoderFactory.get().jsonEncoder(event.getSchema(), out);
      GenericData data = event instanceof SpecificRecord ? SpecificData.getForSchema(event.getSchema()) : GenericData.get();
      new GenericDatumWriter<Object>(event.getSchema(), data).write(event, encoder);
      encoder.flush();
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
