package dev.treaty.registry.bench;

import dev.treaty.registry.Backend;
import io.javalin.Javalin;
import java.io.IOException;
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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The server's load benchmark (not part of the test suite; run by bench/server-load.sh). Nodes are
 * started through the launcher, as users start them. For this checkout and, when
 * {@code treaty.bench.previous} names another checkout (an older commit, built), for that one in
 * the same run: start to ready, lookups by id against a bare endpoint answering the same bytes,
 * registrations of new schemas on H2, on one PostgreSQL node and on two PostgreSQL nodes, and
 * resident memory after the load.
 */
class LoadBenchmark {

  private static final int SECONDS = Integer.getInteger("treaty.bench.seconds", 15);
  private static final int CONNECTIONS = 16;
  private static final int SUBJECTS = 50;
  private static final int STARTS = 3;
  // Each measured run follows a run of this length on the same nodes (other subjects), so that
  // every node is measured after its JIT has compiled the registration path: a second node
  // would otherwise pay a second warm-up inside the measured seconds.
  private static final int WARM_UP_SECONDS = 5;
  // wrk's threads in all, split between the nodes, so that two nodes get no more load generator than one.
  private static final int WRK_THREADS = 2;

  @Test
  void measure() throws Exception {
    Map<String, Path> builds = new LinkedHashMap<>();
    String previous = System.getProperty("treaty.bench.previous", "");
    if (!previous.isBlank()) {
      builds.put("previous (" + System.getProperty("treaty.bench.previousName", previous) + ")", Path.of(previous));
    }
    builds.put("now", Path.of("..").toAbsolutePath().normalize());
    Path work = Files.createTempDirectory("treaty-load");

    Map<String, Map<String, Double>> figures = new LinkedHashMap<>();
    double bare = 0;
    for (Map.Entry<String, Path> build : builds.entrySet()) {
      Map<String, Double> row = new LinkedHashMap<>();
      Path dir = work.resolve(Integer.toString(figures.size()));
      train(build.getValue(), dir.resolve("train"));
      startup(build.getValue(), dir, row);
      try (ServerProcess node = ServerProcess.start(build.getValue(), dir.resolve("h2"), null)) {
        row.put("registrations/s, H2, 1 node", registrations(List.of(node), "h2"));
        Lookup lookup = lookup(node);
        row.put("lookups/s (GET /schemas/ids/{id}), H2", lookup.rate());
        if (bare == 0) {
          bare = bareEndpoint(lookup.body());
        }
        row.put("RSS after the load (MiB)", (double) node.rssMib());
      }
      String url = Backend.POSTGRES.freshDatabaseUrl();
      try (ServerProcess node = ServerProcess.start(build.getValue(), dir.resolve("pg1"), url)) {
        row.put("registrations/s, PostgreSQL, 1 node", registrations(List.of(node), "pg1"));
      }
      String shared = Backend.POSTGRES.freshDatabaseUrl();
      try (ServerProcess first = ServerProcess.start(build.getValue(), dir.resolve("pg2a"), shared);
          ServerProcess second = ServerProcess.start(build.getValue(), dir.resolve("pg2b"), shared)) {
        row.put("registrations/s, PostgreSQL, 2 nodes", registrations(List.of(first, second), "pg2"));
      }
      figures.put(build.getKey(), row);
    }
    String report = table(figures, bare);
    Files.writeString(Path.of("target/load-benchmark.md"), report);
    System.out.println("\n" + report);
  }

  // The first start of a fresh build records the launcher's class-data archive; not measured.
  private static void train(Path checkout, Path dataDir) throws Exception {
    try (ServerProcess node = ServerProcess.start(checkout, dataDir, null)) {
      registrations(List.of(node), "train", 2);
      Wrk.run(node.url() + "/schemas/ids/1", 1, 2, 2, null);
    }
  }

  private static void startup(Path checkout, Path dir, Map<String, Double> row) throws Exception {
    List<long[]> starts = new ArrayList<>();
    for (int i = 0; i < STARTS; i++) {
      try (ServerProcess node = ServerProcess.start(checkout, dir.resolve("start" + i), null)) {
        starts.add(new long[] {node.readyMillis(), node.readyCpuMillis()});
      }
    }
    starts.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] median = starts.get(STARTS / 2);
    row.put("start to ready, empty H2 (ms, median of " + STARTS + ")", (double) median[0]);
    row.put("CPU spent until ready (ms)", (double) median[1]);
  }

  private static double registrations(List<ServerProcess> nodes, String prefix) throws Exception {
    registrations(nodes, prefix + "warm", WARM_UP_SECONDS);
    return registrations(nodes, prefix, SECONDS);
  }

  // Every request registers a new schema (level NONE) under one of 50 subjects; with two nodes,
  // the connections are split between them and the rates added.
  private static double registrations(List<ServerProcess> nodes, String prefix, int seconds) throws Exception {
    put(nodes.get(0).url() + "/config", "{\"compatibility\":\"NONE\"}");
    List<CompletableFuture<Wrk.Result>> runs = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      Path script = Wrk.script(registrationScript(prefix + "n" + n));
      String url = nodes.get(n).url();
      int connections = CONNECTIONS / nodes.size();
      runs.add(CompletableFuture.supplyAsync(() -> {
        try {
          return Wrk.run(url, Math.max(1, WRK_THREADS / nodes.size()), connections, seconds, script);
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    double rate = 0;
    for (CompletableFuture<Wrk.Result> run : runs) {
      Wrk.Result result = run.join();
      if (result.errors() > 0) {
        throw new IllegalStateException(result.errors() + " registrations failed");
      }
      rate += result.requestsPerSecond();
    }
    return rate;
  }

  private static String registrationScript(String prefix) {
    return """
        local threads = 0
        function setup(thread)
          threads = threads + 1
          thread:set("tid", threads)
        end
        n = 0
        function request()
          n = n + 1
          local schema = '{\\\\"type\\\\":\\\\"record\\\\",\\\\"name\\\\":\\\\"R%s_' .. tid .. '_' .. n
            .. '\\\\",\\\\"fields\\\\":[{\\\\"name\\\\":\\\\"f\\\\",\\\\"type\\\\":\\\\"string\\\\"}]}'
          return wrk.format("POST", "/subjects/bench-" .. (n %% %d) .. "/versions",
            {["Content-Type"] = "application/vnd.schemaregistry.v1+json"}, '{"schema":"' .. schema .. '"}')
        end
        """.formatted(prefix, SUBJECTS);
  }

  record Lookup(double rate, byte[] body) {}

  private static Lookup lookup(ServerProcess node) throws Exception {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      fields.append(i == 0 ? "" : ",").append("{\\\"name\\\":\\\"field").append(i)
          .append("\\\",\\\"type\\\":[\\\"null\\\",\\\"string\\\"],\\\"default\\\":null}");
    }
    String body = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Order\\\",\\\"fields\\\":[" + fields + "]}\"}";
    String answer = post(node.url() + "/subjects/orders-value/versions", body);
    int id = Integer.parseInt(answer.replaceAll(".*\"id\":(\\d+).*", "$1"));
    String url = node.url() + "/schemas/ids/" + id;
    Wrk.run(url, 2, CONNECTIONS, 5, null);
    return new Lookup(Wrk.run(url, 2, CONNECTIONS, SECONDS, null).requestsPerSecond(), get(url));
  }

  // The floor of what any HTTP server in this JVM-and-machine can do: a bare Javalin route
  // answering the same bytes with the same content type.
  private static double bareEndpoint(byte[] body) throws Exception {
    Javalin bare = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/constant", ctx -> ctx.contentType("application/vnd.schemaregistry.v1+json").result(body));
    }).start("127.0.0.1", 0);
    try {
      String url = "http://127.0.0.1:" + bare.port() + "/constant";
      Wrk.run(url, 2, CONNECTIONS, 5, null);
      return Wrk.run(url, 2, CONNECTIONS, SECONDS, null).requestsPerSecond();
    } finally {
      bare.stop();
    }
  }

  private static String table(Map<String, Map<String, Double>> figures, double bare) {
    List<String> builds = new ArrayList<>(figures.keySet());
    StringBuilder out = new StringBuilder("| measure | " + String.join(" | ", builds) + (builds.size() > 1 ? " | now / previous" : "") + " |\n");
    out.append("|---|").append("---:|".repeat(builds.size() + (builds.size() > 1 ? 1 : 0))).append('\n');
    for (String measure : figures.get(builds.get(builds.size() - 1)).keySet()) {
      out.append("| ").append(measure);
      for (String build : builds) {
        out.append(" | ").append(String.format(Locale.ROOT, "%.0f", figures.get(build).get(measure)));
      }
      if (builds.size() > 1) {
        out.append(String.format(Locale.ROOT, " | %.2f×",
            figures.get(builds.get(builds.size() - 1)).get(measure) / figures.get(builds.get(0)).get(measure)));
      }
      out.append(" |\n");
    }
    out.append(String.format(Locale.ROOT, "| bare endpoint, same body (lookups/s) | %.0f |\n", bare));
    for (String build : builds) {
      out.append(String.format(Locale.ROOT, "| lookups / bare endpoint, %s | %.2f |\n", build,
          figures.get(build).get("lookups/s (GET /schemas/ids/{id}), H2") / bare));
    }
    return out.toString();
  }

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static String post(String url, String json) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private static void put(String url, String json) throws Exception {
    send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private static byte[] get(String url) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  private static String send(HttpRequest request) throws Exception {
    HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }
}
