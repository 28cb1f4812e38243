package dev.treaty.registry.bench;

import dev.treaty.registry.Backend;
import dev.treaty.registry.Http;
import dev.treaty.registry.ServerConfig;
import dev.treaty.registry.TestRegistry;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's load benchmark (not part of the test suite; run by bench/server-load.sh): schema
 * reads by id against a bare Javalin endpoint answering the same bytes, registrations per second
 * on H2 and PostgreSQL, and startup time and resident memory of the shipped jar.
 */
class LoadBenchmark {

  private static final int SECONDS = Integer.getInteger("treaty.bench.seconds", 15);
  private static final String RECORD_FIELDS = fields(20);

  @Test
  void measure() throws Exception {
    StringBuilder report = new StringBuilder();
    report.append("| measure | value |\n|---|---|\n");
    startupAndMemory(report);
    readsById(report);
    registrations(report, "H2 (file)", TestRegistry.on(ServerConfig.defaults()));
    registrations(report, "PostgreSQL (embedded, local)", TestRegistry.start(Backend.POSTGRES));
    Path out = Path.of("target/load-benchmark.md");
    Files.writeString(out, report);
    System.out.println("\n" + report);
  }

  private static void startupAndMemory(StringBuilder report) throws Exception {
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().endsWith("-all.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("Build the server jar first (mvn package)"));
    }
    int port = freePort();
    Path data = Files.createTempDirectory("treaty-bench");
    long started = System.nanoTime();
    Process server = new ProcessBuilder("java", "-jar", jar.toString(), "--port", Integer.toString(port),
        "--data-dir", data.toString()).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
    HttpClient client = HttpClient.newHttpClient();
    long readyMillis = -1;
    while (readyMillis < 0 && System.nanoTime() - started < 60_000_000_000L) {
      try {
        HttpResponse<String> answer = client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          readyMillis = (System.nanoTime() - started) / 1_000_000;
        }
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    Thread.sleep(5_000);
    String status = Files.readString(Path.of("/proc/" + server.pid() + "/status"));
    String rss = status.lines().filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?").substring(6).trim();
    server.destroy();
    server.waitFor();
    row(report, "startup to ready (java -jar, empty H2 file database)", readyMillis + " ms");
    row(report, "resident memory at idle, 5 s after ready (default JVM flags)", rss);
  }

  private static void readsById(StringBuilder report) throws Exception {
    try (TestRegistry registry = TestRegistry.on(ServerConfig.defaults())) {
      Http http = registry.http();
      String schema = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"bench\",\"fields\":[" + RECORD_FIELDS + "]}";
      int id = http.post("/subjects/orders-value/versions", Http.json(Map.of("schema", schema))).json().path("id").asInt();
      String url = "http://127.0.0.1:" + registry.port() + "/schemas/ids/" + id;
      byte[] body = http.get("/schemas/ids/" + id).text().getBytes(StandardCharsets.UTF_8);
      Javalin bare = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.routes.get("/constant", ctx -> ctx.contentType("application/vnd.schemaregistry.v1+json").result(body));
      }).start("127.0.0.1", 0);
      try {
        String bareUrl = "http://127.0.0.1:" + bare.port() + "/constant";
        Wrk.run(url, 2, 32, 5, null);
        Wrk.run(bareUrl, 2, 32, 5, null);
        // Alternate the two, three rounds each, and keep each one's median round: the machine
        // is shared, so a single run says more about the neighbours than about the server.
        java.util.List<Wrk.Result> treatyRounds = new java.util.ArrayList<>();
        java.util.List<Wrk.Result> constantRounds = new java.util.ArrayList<>();
        for (int round = 0; round < 3; round++) {
          treatyRounds.add(Wrk.run(url, 2, 32, SECONDS, null));
          constantRounds.add(Wrk.run(bareUrl, 2, 32, SECONDS, null));
        }
        Wrk.Result treaty = median(treatyRounds);
        Wrk.Result constant = median(constantRounds);
        row(report, "GET /schemas/ids/{id} (" + body.length + " B body), wrk -t2 -c32, median of 3 rounds", format(treaty));
        row(report, "bare Javalin endpoint, same body, same load", format(constant));
        row(report, "ratio of throughput (goal: at least 0.70)",
            String.format(Locale.ROOT, "%.2f", treaty.requestsPerSecond() / constant.requestsPerSecond()));
      } finally {
        bare.stop();
      }
    }
  }

  private static void registrations(StringBuilder report, String storage, TestRegistry registry) throws Exception {
    try (registry) {
      registry.http().put("/config", "{\"compatibility\":\"NONE\"}");
      // every request a new schema: 8 wrk connections spread over 50 subjects per thread
      String lua = """
          local threads = 0
          function setup(thread)
            threads = threads + 1
            thread:set("tid", threads)
          end
          n = 0
          function request()
            n = n + 1
            local schema = '{\\\\"type\\\\":\\\\"record\\\\",\\\\"name\\\\":\\\\"R' .. tid .. '_' .. n
              .. '\\\\",\\\\"fields\\\\":[{\\\\"name\\\\":\\\\"f\\\\",\\\\"type\\\\":\\\\"string\\\\"}]}'
            return wrk.format("POST", "/subjects/bench-" .. tid .. "-" .. (n % 50) .. "/versions",
              {["Content-Type"] = "application/vnd.schemaregistry.v1+json"}, '{"schema":"' .. schema .. '"}')
          end
          """;
      Wrk.Result result = Wrk.run("http://127.0.0.1:" + registry.port(), 2, 8, SECONDS, Wrk.script(lua));
      row(report, "registrations of new schemas, " + storage + ", wrk -t2 -c8", format(result));
    }
  }

  private static Wrk.Result median(java.util.List<Wrk.Result> rounds) {
    return rounds.stream()
        .sorted(java.util.Comparator.comparingDouble(Wrk.Result::requestsPerSecond))
        .toList()
        .get(rounds.size() / 2);
  }

  private static String format(Wrk.Result result) {
    return String.format(Locale.ROOT, "%.0f req/s, p50 %.2f ms, p99 %.2f ms%s", result.requestsPerSecond(),
        result.p50Millis(), result.p99Millis(), result.errors() == 0 ? "" : ", " + result.errors() + " non-2xx");
  }

  private static void row(StringBuilder report, String measure, String value) {
    report.append("| ").append(measure).append(" | ").append(value).append(" |\n");
  }

  private static String fields(int count) {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < count; i++) {
      fields.append(i == 0 ? "" : ",").append("{\"name\":\"field").append(i)
          .append("\",\"type\":[\"null\",\"string\"],\"default\":null,\"doc\":\"Field number ").append(i).append("\"}");
    }
    return fields.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
