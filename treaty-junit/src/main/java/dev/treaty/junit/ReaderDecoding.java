package dev.treaty.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.util.JsonFormat;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.avro.AvroSchema;
import dev.treaty.compatibility.protobuf.ProtobufSchema;
import java.io.ByteArrayOutputStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Turns an event as a producer writes it (JSON in its format's encoding) into what the consumer
 * reads: Avro through schema resolution from the writer's schema to the reader's, Protobuf by
 * parsing the writer's bytes with the reader's descriptor, JSON as it is.
 */
final class ReaderDecoding {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReaderDecoding() {}

  static Object decode(String json, ParsedSchema writer, ParsedSchema reader, String message) throws Exception {
    if (writer instanceof AvroSchema avroWriter && reader instanceof AvroSchema avroReader) {
      Schema writerSchema = avroWriter.schema();
      Object datum = new GenericDatumReader<>(writerSchema).read(null, DecoderFactory.get().jsonDecoder(writerSchema, json));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
      new GenericDatumWriter<>(writerSchema).write(datum, encoder);
      encoder.flush();
      return new GenericDatumReader<>(writerSchema, avroReader.schema())
          .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }
    if (writer instanceof ProtobufSchema protoWriter && reader instanceof ProtobufSchema protoReader) {
      Descriptor readerMessage = protoReader.messageDescriptor(message);
      Descriptor writerMessage = protoWriter.messageDescriptor(readerMessage.getFullName());
      DynamicMessage.Builder written = DynamicMessage.newBuilder(writerMessage);
      JsonFormat.parser().merge(json, written);
      return DynamicMessage.parseFrom(readerMessage, written.build().toByteString());
    }
    if (writer.format() != reader.format()) {
      throw new IllegalArgumentException("the producer writes " + writer.format().name() + " but this consumer reads "
          + reader.format().name());
    }
    return JSON.readTree(json);
  }
}
