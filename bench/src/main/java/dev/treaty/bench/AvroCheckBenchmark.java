package dev.treaty.bench;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.VersionedSchema;
import dev.treaty.compatibility.avro.AvroSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A 200-field record checked FULL_TRANSITIVE against 100 earlier versions (100 to 199 fields),
 * through Treaty and, as the baseline, through Avro's SchemaCompatibility on the same pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvroCheckBenchmark {

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private ParsedSchema proposed;
  private List<VersionedSchema> history;
  private Schema proposedAvro;
  private List<Schema> historyAvro;

  @Setup
  public void setUp() {
    proposed = SchemaFormats.AVRO.parse(SchemaGenerator.avroRecord(200), List.of());
    proposedAvro = ((AvroSchema) proposed).schema();
    history = new ArrayList<>();
    historyAvro = new ArrayList<>();
    for (int version = 1; version <= 100; version++) {
      ParsedSchema old = SchemaFormats.AVRO.parse(SchemaGenerator.avroRecord(99 + version), List.of());
      history.add(new VersionedSchema(version, old));
      historyAvro.add(((AvroSchema) old).schema());
    }
    if (!treatyFullTransitive().isCompatible()) {
      throw new IllegalStateException("The generated history must be compatible");
    }
  }

  /** What registration does: the verdict and its breaking findings. */
  @Benchmark
  public CompatibilityReport treatyFullTransitive() {
    return checker.check(CompatibilityLevel.FULL_TRANSITIVE, proposed, history, CheckOptions.DEFAULTS.breakingOnly());
  }

  /** What a diff does: every safe change listed too (here about 10,000 of them). */
  @Benchmark
  public CompatibilityReport treatyFullTransitiveWithSafeChanges() {
    return checker.check(CompatibilityLevel.FULL_TRANSITIVE, proposed, history, CheckOptions.DEFAULTS);
  }

  @Benchmark
  public void avroLibraryDirect(Blackhole hole) {
    for (Schema old : historyAvro) {
      hole.consume(SchemaCompatibility.checkReaderWriterCompatibility(proposedAvro, old));
      hole.consume(SchemaCompatibility.checkReaderWriterCompatibility(old, proposedAvro));
    }
  }


}
