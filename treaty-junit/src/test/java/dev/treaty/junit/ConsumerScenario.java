package dev.treaty.junit;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.params.ParameterizedTest;

/** A consumer's contract test, run by {@link TreatyExtensionTest} through the JUnit launcher. */
class ConsumerScenario {

  /** Whether the handler copes with a missing note: set by the test before it runs this class. */
  static volatile boolean toleratesNullNote;

  @ParameterizedTest
  @TreatySamples(subject = "orders-value", readerSchema = "target/test-reader/order.avsc", count = 3, seed = 7)
  void handlesEveryOrder(ProducedEvent event) {
    GenericRecord order = event.value();
    Object note = order.get("note");
    if (!toleratesNullNote) {
      note.toString().length(); // the bug: assumes every order has a note
    }
  }
}
