package dev.treaty.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the library benchmarks with the allocation profiler and prints a Markdown table of time
 * and allocation per check, with Treaty's Avro check as a ratio of Avro's own library on the same
 * pairs, measured in the same run. {@code --quick} shortens the run for a smoke test; any other
 * argument is a regular expression selecting benchmarks.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = false;
    ChainedOptionsBuilder options = new OptionsBuilder().addProfiler(GCProfiler.class).shouldFailOnError(true);
    boolean selected = false;
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else {
        options.include(arg);
        selected = true;
      }
    }
    if (!selected) {
      options.include("dev\\.treaty\\.bench\\..*");
    }
    options
        .forks(1)
        .warmupIterations(quick ? 1 : 3)
        .warmupTime(TimeValue.seconds(quick ? 1 : 2))
        .measurementIterations(quick ? 2 : 5)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2));
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println(table(results));
  }

  static String table(Collection<RunResult> results) {
    Map<String, double[]> rows = new TreeMap<>();
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | time per op (µs) | ± (µs) | allocated per op (bytes) |\n");
    out.append("|---|---:|---:|---:|\n");
    for (RunResult run : results) {
      String name = label(run);
      Result<?> primary = run.getPrimaryResult();
      Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
      double bytes = allocation == null ? Double.NaN : allocation.getScore();
      rows.put(name, new double[] {primary.getScore(), primary.getScoreError(), bytes});
    }
    // Sub-microsecond operations (the serdes) keep three decimals; the rest one.
    rows.forEach(
        (name, row) ->
            out.append(String.format(Locale.ROOT, row[0] < 10 ? "| %s | %.3f | %.3f | %,.0f |%n" : "| %s | %.1f | %.1f | %,.0f |%n",
                name, row[0], row[1], row[2])));
    double[] avro = rows.get("AvroCheckBenchmark.avroLibraryDirect");
    for (String ours : List.of("treatyFullTransitive", "treatyFullTransitiveWithSafeChanges")) {
      double[] row = rows.get("AvroCheckBenchmark." + ours);
      if (row != null && avro != null) {
        out.append(String.format(Locale.ROOT,
            "%nAvro FULL_TRANSITIVE over 100 versions, %s / Avro's SchemaCompatibility on the same 200 pairs:"
                + " %.2f× time, %.2f× allocation%n",
            ours, row[0] / avro[0], row[2] / avro[2]));
      }
    }
    double[] treatyParse = rows.get("ParseBenchmark.avroTreaty");
    double[] avroParse = rows.get("ParseBenchmark.avroLibrary");
    if (treatyParse != null && avroParse != null) {
      out.append(String.format(Locale.ROOT,
          "%nAvro parse of the 200-field record, Treaty / Avro's parser: %.2f× time, %.2f× allocation%n",
          treatyParse[0] / avroParse[0], treatyParse[2] / avroParse[2]));
    }
    for (String format : List.of("avro", "protobuf", "json")) {
      double[] rawEncode = rows.get("SerdeBenchmark." + format + "RawEncode");
      double[] serialize = rows.get("SerdeBenchmark." + format + "Serialize");
      double[] rawDecode = rows.get("SerdeBenchmark." + format + "RawDecode");
      double[] deserialize = rows.get("SerdeBenchmark." + format + "Deserialize");
      if (rawEncode != null && serialize != null && rawDecode != null && deserialize != null) {
        out.append(String.format(Locale.ROOT,
            "%n%s serde once warm / bare encoding: serialize %.2f× time, %.2f× allocation;"
                + " deserialize %.2f× time, %.2f× allocation%n",
            format, serialize[0] / rawEncode[0], serialize[2] / rawEncode[2],
            deserialize[0] / rawDecode[0], deserialize[2] / rawDecode[2]));
      }
    }
    return out.toString();
  }

  private static String label(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    StringBuilder params = new StringBuilder();
    for (String key : run.getParams().getParamsKeys()) {
      params.append(params.length() == 0 ? " (" : ", ").append(key).append('=').append(run.getParams().getParam(key));
    }
    return params.length() == 0 ? name : name + params + ")";
  }
}
