package shop.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Builds the events this application writes to orders-value, with the schema it ships. */
public final class OrderEvents {

  static final Schema SCHEMA = load();

  private OrderEvents() {}

  public static GenericRecord placed(String id, String email, String note) {
    GenericRecord order = new GenericData.Record(SCHEMA);
    order.put("id", id);
    // release 2: the customer's email no longer leaves the shop
    order.put("note", note);
    return order;
  }

  private static Schema load() {
    try (InputStream in = OrderEvents.class.getResourceAsStream("/order.avsc")) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
