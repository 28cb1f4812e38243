package dev.treaty.junit;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A producer's contract test, run by {@link TreatyExtensionTest} through the JUnit launcher. */
@ExtendWith(TreatyExtension.class)
class ProducerScenario {

  /** Which schema the producer's code writes with: set by the test before it runs this class. */
  static volatile String schema = OrderSchemas.WITH_EMAIL;

  @Test
  void orderPlacedIsReadableByEveryConsumer(Treaty treaty) {
    GenericRecord order = new GenericData.Record(new Schema.Parser().parse(schema));
    order.put("id", "o-1");
    if (order.getSchema().getField("email") != null) {
      order.put("email", "ada@example.com");
    }
    treaty.producer("orders-value").assertReadableByConsumers(order);
  }
}
