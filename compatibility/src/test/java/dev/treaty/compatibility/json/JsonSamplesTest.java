package dev.treaty.compatibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSamplesTest {

  static Stream<JsonCase> corpus() {
    return JsonCase.all().stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everySampleOfEveryCorpusSchemaIsValidForEverit(JsonCase jsonCase) {
    for (ParsedSchema schema : List.of(jsonCase.existing(), jsonCase.proposed())) {
      for (String sample : SchemaFormats.JSON.samples(schema, new SampleRequest(6, 42, null))) {
        assertThat(SchemaFormats.JSON.validate(schema, sample)).as(sample).isEmpty();
      }
    }
  }

  @Test
  void samplesMeetPatternsFormatsBoundsAndLengths() {
    ParsedSchema schema = parse("""
        {"type":"object","required":["sku","at","qty","email"],"properties":{
          "sku":{"type":"string","pattern":"^[A-Z]{3}-[0-9]{4}$"},
          "at":{"type":"string","format":"date-time"},
          "qty":{"type":"integer","minimum":1,"maximum":99},
          "email":{"type":"string","format":"email"},
          "name":{"type":"string","minLength":2,"maxLength":5},
          "kind":{"enum":["a","b"]}},"additionalProperties":false}""");

    List<String> samples = SchemaFormats.JSON.samples(schema, new SampleRequest(3, 5, null));

    assertThat(samples.get(0)).contains("\"qty\":1").doesNotContain("name");
    assertThat(samples.get(1)).contains("\"qty\":99").containsPattern("\"name\":\"[^\"]{5}\"").contains("\"kind\":\"b\"");
    assertThat(samples).allSatisfy(sample -> assertThat(sample).containsPattern("\"sku\":\"[A-Z]{3}-[0-9]{4}\""));
  }

  @Test
  void minimumAboveMaximumIsUnsatisfiableNamingThePlace() {
    ParsedSchema schema = parse("""
        {"type":"object","required":["qty"],"properties":{"qty":{"type":"integer","minimum":10,"maximum":5}}}""");

    assertThatThrownBy(() -> SchemaFormats.JSON.samples(schema, new SampleRequest(1, 1, null)))
        .isInstanceOf(UnsatisfiableSchemaException.class)
        .hasMessage("No value satisfies the schema at /qty: no integer lies between 10 and 5");
  }

  @Test
  void recursiveReferencesEnd() {
    ParsedSchema schema = parse("""
        {"definitions":{"node":{"type":"object","required":["v"],"properties":{"v":{"type":"integer"},
          "kids":{"type":"array","items":{"$ref":"#/definitions/node"}}}}},"$ref":"#/definitions/node"}""");

    assertThat(SchemaFormats.JSON.samples(schema, new SampleRequest(4, 2, null)))
        .allSatisfy(sample -> assertThat(SchemaFormats.JSON.validate(schema, sample)).isEmpty());
  }

  private static ParsedSchema parse(String text) {
    return SchemaFormats.JSON.parse(text, List.of());
  }
}
