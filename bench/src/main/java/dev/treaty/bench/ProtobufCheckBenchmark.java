package dev.treaty.bench;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.CompatibilityLevel;
import dev.treaty.compatibility.CompatibilityReport;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.SchemaFormats;
import dev.treaty.compatibility.VersionedSchema;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A .proto file of 50 messages checked FULL against its previous version, per rule set. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProtobufCheckBenchmark {

  @Param({"CONFLUENT", "WIRE", "WIRE_JSON"})
  public ProtobufRuleSet rules;

  private final CompatibilityChecker checker = new CompatibilityChecker();
  private ParsedSchema proposed;
  private List<VersionedSchema> previous;
  private CheckOptions options;

  @Setup
  public void setUp() {
    String proposedText = SchemaGenerator.protoFile(50, true);
    proposed = SchemaFormats.PROTOBUF.parse(proposedText, List.of());
    previous = List.of(new VersionedSchema(1, SchemaFormats.PROTOBUF.parse(SchemaGenerator.protoFile(50, false), List.of())));
    options = CheckOptions.DEFAULTS.withProtobufRules(rules);
  }

  @Benchmark
  public CompatibilityReport treatyFull() {
    return checker.check(CompatibilityLevel.FULL, proposed, previous, options);
  }

}
