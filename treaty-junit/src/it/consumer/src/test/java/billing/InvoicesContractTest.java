package billing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.treaty.junit.ProducedEvent;
import dev.treaty.junit.TreatySamples;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.params.ParameterizedTest;

/** The consumer's contract test: its handler, fed every event the producers of orders-value may send. */
class InvoicesContractTest {

  @ParameterizedTest
  @TreatySamples(subject = "orders-value", readerSchema = "src/main/avro/order.avsc", count = 2, seed = 7)
  void invoicesEveryOrderTheProducersSend(ProducedEvent event) {
    GenericRecord order = event.value();

    String line = Invoices.line(order);

    assertTrue(line.startsWith("Invoice for " + order.get("id")), line);
  }
}
