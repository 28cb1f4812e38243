package dev.treaty.bench;

import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing the benchmark schemas (what every registration and every cache miss pays), with Avro's
 * bare parser as the baseline for the Avro figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {

  private final String avro = SchemaGenerator.avroRecord(200);
  private final String proto = SchemaGenerator.protoFile(50, true);
  private final String json = SchemaGenerator.jsonSchema(100);

  @Benchmark
  public ParsedSchema avroTreaty() {
    return SchemaFormats.AVRO.parse(avro, List.of());
  }

  @Benchmark
  public Schema avroLibrary() {
    return new Schema.Parser().parse(avro);
  }

  @Benchmark
  public ParsedSchema protobufTreaty() {
    return SchemaFormats.PROTOBUF.parse(proto, List.of());
  }

  @Benchmark
  public ParsedSchema jsonTreaty() {
    return SchemaFormats.JSON.parse(json, List.of());
  }
}
