package dev.treaty.junit;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A producer's contract test whose consumer reads with a schema referring to another subject, run
 * by {@link ContractReferencesTest} through the JUnit launcher.
 */
@ExtendWith(TreatyExtension.class)
class ReferencingProducerScenario {

  /** The Money the producer's code writes with: set by the test before it runs the producer. */
  static volatile String money = ReferenceSchemas.MONEY_AVRO;

  @Test
  void paymentIsReadableByEveryConsumer(Treaty treaty) {
    Schema.Parser parser = new Schema.Parser();
    Schema moneySchema = parser.parse(money);
    Schema paymentSchema = parser.parse(ReferenceSchemas.PAYMENT_AVRO);
    GenericRecord total = new GenericData.Record(moneySchema);
    total.put("cents", 1250L);
    if (moneySchema.getField("currency") != null) {
      total.put("currency", "EUR");
    }
    GenericRecord payment = new GenericData.Record(paymentSchema);
    payment.put("id", "p-1");
    payment.put("total", total);

    treaty.producer("payments-value").assertReadableByConsumers(payment);
  }
}
