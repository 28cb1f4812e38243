package dev.treaty.bench;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.VersionedSchema;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A 100-property JSON Schema checked FULL against its 99-property previous version. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonSchemaCheckBenchmark {

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private ParsedSchema proposed;
  private List<VersionedSchema> previous;

  @Setup
  public void setUp() {
    String proposedText = SchemaGenerator.jsonSchema(100);
    proposed = SchemaFormats.JSON.parse(proposedText, List.of());
    previous = List.of(new VersionedSchema(1, SchemaFormats.JSON.parse(SchemaGenerator.jsonSchema(99), List.of())));
  }

  @Benchmark
  public CompatibilityReport treatyFull() {
    return checker.check(CompatibilityLevel.FULL, proposed, previous, CheckOptions.DEFAULTS);
  }

}
