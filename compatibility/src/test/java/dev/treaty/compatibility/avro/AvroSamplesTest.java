package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.compatibility.SampleRequest;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.UnsatisfiableSchemaException;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSamplesTest {

  private static final SampleRequest SIX = new SampleRequest(6, 42, null);

  static Stream<AvroSchema> corpus() {
    return AvroCase.all().stream().flatMap(c -> Stream.of(c.existing(), c.proposed()));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everySampleOfEveryCorpusSchemaIsReadByAvrosJsonDecoder(AvroSchema schema) throws IOException {
    for (String sample : SchemaFormats.AVRO.samples(schema, SIX)) {
      Schema avro = schema.schema();
      new GenericDatumReader<>(avro).read(null, DecoderFactory.get().jsonDecoder(avro, sample));
      assertThat(SchemaFormats.AVRO.validate(schema, sample)).as(sample).noneMatch(f -> f.isBreaking());
    }
  }

  @Test
  void samplesTakeEveryUnionBranchAndEnumSymbolAndStartWithNull() {
    AvroSchema schema = parse("""
        {"type":"record","name":"Order","fields":[
          {"name":"note","type":["null","string"]},
          {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID","SHIPPED"]}},
          {"name":"lines","type":{"type":"array","items":"int"}}]}""");

    List<String> samples = SchemaFormats.AVRO.samples(schema, new SampleRequest(3, 7, null));

    assertThat(samples.get(0)).contains("\"note\":null").contains("\"state\":\"NEW\"").contains("\"lines\":[]");
    assertThat(samples.get(1)).contains("\"note\":{\"string\":").contains("\"state\":\"PAID\"");
    assertThat(samples.get(2)).contains("\"state\":\"SHIPPED\"");
    assertThat(samples.get(1).split(",").length).isGreaterThan(25);
  }

  @Test
  void theSameSeedGivesTheSameSamplesAndSampleIDoesNotDependOnTheCount() {
    AvroSchema schema = parse("""
        {"type":"record","name":"Payment","fields":[{"name":"id","type":{"type":"string","logicalType":"uuid"}},
          {"name":"amount","type":{"type":"bytes","logicalType":"decimal","precision":9,"scale":2}},
          {"name":"at","type":{"type":"long","logicalType":"timestamp-micros"}}]}""");

    List<String> five = SchemaFormats.AVRO.samples(schema, new SampleRequest(5, 99, null));

    assertThat(SchemaFormats.AVRO.samples(schema, new SampleRequest(5, 99, null))).isEqualTo(five);
    assertThat(SchemaFormats.AVRO.samples(schema, new SampleRequest(3, 99, null))).isEqualTo(five.subList(0, 3));
    assertThat(SchemaFormats.AVRO.samples(schema, new SampleRequest(5, 100, null))).isNotEqualTo(five);
    assertThat(five.get(2)).containsPattern("\"id\":\"[0-9a-f]{8}-[0-9a-f]{4}-4");
  }

  @Test
  void recursiveRecordsEndThroughTheirNullBranch() {
    AvroSchema schema = parse("""
        {"type":"record","name":"Node","fields":[{"name":"value","type":"int"},
          {"name":"next","type":["null","Node"]},{"name":"children","type":{"type":"array","items":"Node"}}]}""");

    assertThat(SchemaFormats.AVRO.samples(schema, new SampleRequest(4, 1, null)))
        .allSatisfy(sample -> assertThat(SchemaFormats.AVRO.validate(schema, sample)).isEmpty());
  }

  @Test
  void aRecordThatMustContainItselfIsUnsatisfiable() {
    AvroSchema schema = parse("""
        {"type":"record","name":"Loop","fields":[{"name":"again","type":"Loop"}]}""");

    assertThatThrownBy(() -> SchemaFormats.AVRO.samples(schema, SIX))
        .isInstanceOf(UnsatisfiableSchemaException.class)
        .hasMessage("No value satisfies the schema: it contains itself through fields that are never null, an array or a map,"
            + " so every value would be infinite");
  }

  private static AvroSchema parse(String text) {
    return (AvroSchema) SchemaFormats.AVRO.parse(text, List.of());
  }
}
