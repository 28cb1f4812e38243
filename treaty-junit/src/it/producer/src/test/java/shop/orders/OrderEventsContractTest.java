package shop.orders;

import dev.treaty.junit.Treaty;
import dev.treaty.junit.TreatyExtension;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The producer's contract test: the event the application's code builds, read by every consumer. */
@ExtendWith(TreatyExtension.class)
class OrderEventsContractTest {

  @Test
  void orderPlacedIsReadableByEveryConsumer(Treaty treaty) {
    GenericRecord event = OrderEvents.placed("o-1", "ada@example.com", "leave it with the neighbours");

    treaty.producer("orders-value").assertReadableByConsumers(event);
  }
}
