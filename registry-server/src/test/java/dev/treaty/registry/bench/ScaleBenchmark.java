package dev.treaty.registry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scale run (not part of the test suite; run by bench/scale-run.sh): the same figures with
 * 1,000 and with 100,000 subjects of 3 versions each, seeded straight into the H2 database, and a
 * node started through the launcher on each. Also one subject of 1,000 versions judged
 * BACKWARD_TRANSITIVE: the first registration parses every version, the next ones none.
 */
class ScaleBenchmark {

  private static final int SECONDS = Integer.getInteger("treaty.bench.seconds", 10);
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void measure() throws Exception {
    Path checkout = Path.of("..").toAbsolutePath().normalize();
    Path work = Files.createTempDirectory("treaty-scale");
    Map<Integer, Map<String, Double>> figures = new LinkedHashMap<>();
    for (int subjects : new int[] {1_000, 100_000}) {
      Path data = work.resolve("s" + subjects);
      long seeding = System.nanoTime();
      Seed.subjects(data, subjects, 3);
      Seed.longSubject(data, 1_000, subjects * 3);
      System.out.printf("seeded %d subjects in %d s%n", subjects, (System.nanoTime() - seeding) / 1_000_000_000);
      figures.put(subjects, run(checkout, data, subjects));
    }
    StringBuilder out = new StringBuilder("| measure | 1,000 subjects | 100,000 subjects | ratio (goal ≤ 1.5) |\n|---|---:|---:|---:|\n");
    for (String measure : figures.get(1_000).keySet()) {
      double small = figures.get(1_000).get(measure);
      double large = figures.get(100_000).get(measure);
      boolean rate = measure.endsWith("/s");
      out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", measure, small, large,
          rate ? small / large : large / small));
    }
    out.append("\n(ratios of rates are inverted, so that above 1 is always \"slower at 100,000\")\n");
    Files.writeString(Path.of("target/scale-benchmark.md"), out);
    System.out.println("\n" + out);
  }

  private static Map<String, Double> run(Path checkout, Path data, int subjects) throws Exception {
    // one start to record the class-data archive if this build has none yet, then the measured one
    try (ServerProcess warm = ServerProcess.start(checkout, data.resolveSibling(data.getFileName() + "-warm"), null)) {
      get(warm.url() + "/subjects");
    }
    Map<String, Double> row = new LinkedHashMap<>();
    try (ServerProcess node = ServerProcess.start(checkout, data, null)) {
      row.put("start to ready (ms)", (double) node.readyMillis());
      row.put("CPU until ready (ms)", (double) node.readyCpuMillis());
      row.put("GET /subjects, per subject listed (µs)", median(() -> timed(node.url() + "/subjects")) * 1000 / (subjects + 1));
      row.put("GET /subjects?offset=middle&limit=100 (ms)", median(() -> timed(node.url() + "/subjects?offset=" + subjects / 2 + "&limit=100")));
      row.put("UI page, /treaty/v1/subjects?offset=middle&limit=50 (ms)",
          median(() -> timed(node.url() + "/treaty/v1/subjects?offset=" + subjects / 2 + "&limit=50")));
      Path lookups = Wrk.script("""
          math.randomseed(7)
          function request()
            return wrk.format("GET", "/schemas/ids/" .. math.random(1, %d))
          end
          """.formatted(subjects * 3));
      Wrk.run(node.url(), 2, 16, 3, lookups);
      row.put("lookups by id over all ids/s", Wrk.run(node.url(), 2, 16, SECONDS, lookups).requestsPerSecond());
      // each request a new version of another seeded subject, checked BACKWARD against its latest
      Path register = Wrk.script("""
          n = 0
          function request()
            n = n + 1
            local s = (n * 7919) %% %d
            -- past one round of the subjects, each gets a fifth version, then a sixth...
            local last = 4 + math.floor(n / %d)
            local fields = '{\\\\"name\\\\":\\\\"id\\\\",\\\\"type\\\\":\\\\"long\\\\"}'
            for f = 2, last do
              fields = fields .. ',{\\\\"name\\\\":\\\\"f' .. f .. '\\\\",\\\\"type\\\\":[\\\\"null\\\\",\\\\"string\\\\"],\\\\"default\\\\":null}'
            end
            local schema = '{\\\\"type\\\\":\\\\"record\\\\",\\\\"name\\\\":\\\\"S' .. s .. '\\\\",\\\\"namespace\\\\":\\\\"seed\\\\",\\\\"fields\\\\":[' .. fields .. ']}'
            return wrk.format("POST", string.format("/subjects/seed-%%06d-value/versions", s),
              {["Content-Type"] = "application/vnd.schemaregistry.v1+json"}, '{"schema":"' .. schema .. '"}')
          end
          """.formatted(subjects, subjects));
      Wrk.Result registrations = Wrk.run(node.url(), 1, 1, SECONDS, register);
      if (registrations.errors() > 0) {
        throw new IllegalStateException(registrations.errors() + " registrations failed");
      }
      row.put("registration latency, 1 connection, p50 (ms)", registrations.p50Millis());
      put(node.url() + "/config/long-value", "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");
      row.put("1,000-version subject, first TRANSITIVE registration (ms)",
          timedPost(node.url() + "/subjects/long-value/versions", Seed.longRecord(1_001)));
      row.put("1,000-version subject, next TRANSITIVE registration (ms)",
          timedPost(node.url() + "/subjects/long-value/versions", Seed.longRecord(1_002)));
      row.put("RSS after the run (MiB)", (double) node.rssMib());
    }
    return row;
  }

  interface Timed {
    double millis() throws Exception;
  }

  private static double median(Timed timed) throws Exception {
    timed.millis();
    List<Double> rounds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rounds.add(timed.millis());
    }
    rounds.sort(Double::compare);
    return rounds.get(rounds.size() / 2);
  }

  private static double timed(String url) throws Exception {
    long started = System.nanoTime();
    get(url);
    return (System.nanoTime() - started) / 1e6;
  }

  private static double timedPost(String url, String schema) throws Exception {
    String body = "{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}";
    long started = System.nanoTime();
    HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - started) / 1e6;
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("Registration failed: " + answer.body());
    }
    return millis;
  }

  private static void get(String url) throws Exception {
    HttpResponse<byte[]> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + answer.statusCode());
    }
  }

  private static void put(String url, String json) throws Exception {
    CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
  }
}
