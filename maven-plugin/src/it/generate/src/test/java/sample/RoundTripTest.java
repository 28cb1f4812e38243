package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Timestamp;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import sample.avro.User;
import sample.json.Invoice;
import sample.proto.Order;

class RoundTripTest {

  @Test
  void avroRecordSurvivesBinaryEncoding() throws Exception {
    User user = User.newBuilder().setId(7L).setName("Ada").setEmail("ada@example.org").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
    new SpecificDatumWriter<>(User.class).write(user, encoder);
    encoder.flush();
    User read = new SpecificDatumReader<>(User.class).read(null,
        DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    assertEquals(user, read);
    assertEquals("Ada", read.getName());
  }

  @Test
  void protobufMessageSurvivesWireEncoding() throws Exception {
    Order order = Order.newBuilder().setId("o-1").addItems("book").addItems("pen").setTotalCents(1250)
        .setPlacedAt(Timestamp.newBuilder().setSeconds(1_700_000_000L)).build();
    Order read = Order.parseFrom(order.toByteArray());
    assertEquals(order, read);
    assertEquals(List.of("book", "pen"), read.getItemsList());
  }

  @Test
  void jsonSchemaObjectSurvivesJsonEncoding() throws Exception {
    Invoice invoice = new Invoice();
    invoice.setNumber("INV-9");
    invoice.setAmount(99.5);
    invoice.setPaid(true);
    invoice.setLines(List.of("consulting"));
    ObjectMapper mapper = new ObjectMapper();
    String json = mapper.writeValueAsString(invoice);
    Invoice read = mapper.readValue(json, Invoice.class);
    assertEquals(invoice, read);
    assertEquals("INV-9", mapper.readTree(json).get("number").asText());
  }
}
