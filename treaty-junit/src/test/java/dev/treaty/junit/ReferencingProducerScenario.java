package dev.treaty.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A producer's contract tests whose schemas, its own and its consumer's, refer to other subjects,
 * run one method at a time by {@link ContractReferencesTest} through the JUnit launcher.
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

  @Test
  void customerIsReadableByEveryConsumer(Treaty treaty) throws Exception {
    JsonNode customer = new ObjectMapper().readTree("{\"name\":\"Ada\",\"address\":{\"street\":\"Main Street 1\"}}");

    treaty.producer("customers-value").schema("JSON", ReferenceSchemas.CUSTOMER_JSON)
        .reference("address.json", "address-json", 1)
        .assertReadableByConsumers(customer);
  }
}
