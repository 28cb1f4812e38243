package dev.treaty.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.DynamicMessage;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A consumer's contract tests, one per format, whose producers' schemas and own reader schemas
 * refer to other subjects, run by {@link ContractReferencesTest} through the JUnit launcher.
 */
class ReferencingConsumerScenario {

  @ParameterizedTest
  @TreatySamples(subject = "payments-value", readerSchema = "target/test-reader/payment.avsc",
      references = "shop.Money=money-value:1", count = 2, seed = 3)
  void ledgerReadsEveryPayment(ProducedEvent event) {
    GenericRecord payment = event.value();
    assertThat(((GenericRecord) payment.get("total")).get("currency")).isNotNull();
  }

  @ParameterizedTest
  @TreatySamples(subject = "transfers-value", readerSchema = "target/test-reader/transfer.proto",
      references = "shop/money.proto=money-proto:1", count = 2, seed = 3)
  void ledgerReadsEveryTransfer(ProducedEvent event) {
    DynamicMessage transfer = event.value();
    assertThat(transfer.getDescriptorForType().findFieldByName("amount").getMessageType().getFullName())
        .isEqualTo("shop.Money");
  }

  @ParameterizedTest
  @TreatySamples(subject = "customers-value", readerSchema = "target/test-reader/customer.json",
      references = "address.json=address-json:1", count = 2, seed = 3)
  void ledgerReadsEveryCustomer(ProducedEvent event) {
    JsonNode customer = event.value();
    assertThat(customer.path("address").path("street").asText()).isNotEmpty();
  }
}
