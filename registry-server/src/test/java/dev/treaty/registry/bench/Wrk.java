package dev.treaty.registry.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the wrk load generator and reads its summary. */
final class Wrk {

  record Result(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {}

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  private Wrk() {}

  static Result run(String url, int threads, int connections, int seconds, Path script) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        "wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency"));
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(url);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + output);
    }
    Matcher rate = RATE.matcher(output);
    if (!rate.find()) {
      throw new IllegalStateException("No rate in wrk output:\n" + output);
    }
    Matcher errors = ERRORS.matcher(output);
    return new Result(
        Double.parseDouble(rate.group(1)),
        percentile(output, "50%"),
        percentile(output, "99%"),
        errors.find() ? Long.parseLong(errors.group(1)) : 0);
  }

  static Path script(String lua) throws IOException {
    Path file = Files.createTempFile("treaty-wrk", ".lua");
    Files.writeString(file, lua);
    return file;
  }

  private static double percentile(String output, String label) {
    Matcher line = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
    if (!line.find()) {
      return Double.NaN;
    }
    double value = Double.parseDouble(line.group(1));
    return switch (line.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
