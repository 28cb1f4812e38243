package dev.treaty.client.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Referenced Avro types inlined where Avro first meets them, by full or namespace-relative name. */
class AvroReferencesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theFirstUseIsReplacedByTheDefinitionAndLaterUsesKeepTheName() throws Exception {
    JsonNode order = JSON.readTree("{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"acme\",\"fields\":["
        + "{\"name\":\"buyer\",\"type\":\"acme.Customer\"},{\"name\":\"payers\",\"type\":{\"type\":\"array\",\"items\":\"Customer\"}}]}");
    JsonNode customer = JSON.readTree("{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"acme\",\"fields\":["
        + "{\"name\":\"address\",\"type\":\"acme.Address\"}]}");
    JsonNode address = JSON.readTree("{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"acme\",\"fields\":[]}");

    JsonNode inlined = AvroReferences.inline(order, Map.of("acme.Customer", customer, "acme.Address", address));

    JsonNode buyer = inlined.path("fields").get(0).path("type");
    assertThat(buyer.path("name").asText()).isEqualTo("Customer");
    // a reference of the reference is inlined too
    assertThat(buyer.path("fields").get(0).path("type")).isEqualTo(address);
    assertThat(inlined.path("fields").get(1).path("type").path("items").asText()).isEqualTo("Customer");
    // the input is left as it was
    assertThat(order.path("fields").get(0).path("type").asText()).isEqualTo("acme.Customer");
  }

  @Test
  void aSchemaWithoutReferencesIsReturnedUnchanged() throws Exception {
    JsonNode schema = JSON.readTree("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"x\",\"type\":\"Unknown\"}]}");
    assertThat(AvroReferences.inline(schema, Map.of())).isSameAs(schema);
  }
}
