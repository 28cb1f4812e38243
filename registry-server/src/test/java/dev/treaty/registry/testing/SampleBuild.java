package dev.treaty.registry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs a real Maven build of one sample project from the module's {@code src/it}: copies it to a
 * fresh folder, fills in its {@code @placeholders@}, and runs {@code mvn} offline against the local
 * repository that {@code invoker:install} filled with the module under test (the root pom's
 * failsafe configuration passes the folders and versions as system properties). Artifacts the
 * module does not bring come from the outer build's local repository, read as a file repository,
 * never written to; only when one is missing there does the build run again online. Thread-safe.
 */
public final class SampleBuild {

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final String sample;
  private final Map<String, String> placeholders;

  private SampleBuild(String sample, Map<String, String> placeholders) {
    this.sample = sample;
    this.placeholders = placeholders;
  }

  /**
   * The build of {@code src/it/<sample>}, with {@code @treaty.version@}, {@code @avro.version@},
   * {@code @protobuf.version@}, {@code @jackson.version@}, {@code @junit.version@} and
   * {@code extraPlaceholders} filled in its pom.
   */
  public static SampleBuild of(String sample, Map<String, String> extraPlaceholders) {
    Map<String, String> all = new java.util.HashMap<>(extraPlaceholders);
    for (String name : List.of("treaty.version", "avro.version", "protobuf.version", "jackson.version", "junit.version")) {
      all.put(name, property("treaty." + name.replace("treaty.", "")));
    }
    return new SampleBuild(sample, all);
  }

  /** The outcome of one build: Maven's exit code, its whole log, the folder it ran in, and whether it ran offline. */
  public record Result(int exitCode, String log, Path directory, boolean offline) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Copies the sample to a fresh folder and runs {@code mvn} there with {@code arguments}. */
  public Result run(String... arguments) {
    try {
      Path directory = copy();
      Path settings = writeSettings(directory);
      Result offline = mvn(directory, settings, true, arguments);
      if (!offline.log().contains("in offline mode and the artifact")) {
        return offline;
      }
      // a dependency the outer build never needed, so it is not in its local repository yet
      return mvn(directory, settings, false, arguments);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Result mvn(Path directory, Path settings, boolean offline, String... arguments) throws IOException {
    Path log = directory.resolve(offline ? "build.log" : "build-online.log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(property("treaty.maven.home"), "bin", "mvn").toString(), "-B", "-ntp", "-s", settings.toString()));
    if (offline) {
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("The build of " + sample + " did not finish within 5 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
    return new Result(process.exitValue(), Files.readString(log), directory, offline);
  }

  private Path copy() throws IOException {
    Path source = Path.of(property("treaty.it.samples"), sample);
    Path target = Path.of(property("treaty.it.work"), sample + "-" + RUNS.incrementAndGet());
    deleteLeftovers(target);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (file.getFileName().toString().equals("pom.xml")) {
          Files.writeString(copy, fill(Files.readString(file)));
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  /** A folder left by an earlier {@code mvn verify} without {@code clean}. */
  private static void deleteLeftovers(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private String fill(String pom) {
    String filled = pom;
    for (Map.Entry<String, String> entry : placeholders.entrySet()) {
      filled = filled.replace("@" + entry.getKey() + "@", entry.getValue());
    }
    return filled;
  }

  private static Path writeSettings(Path directory) throws IOException {
    String upstream = Path.of(property("treaty.it.upstream")).toUri().toString();
    String repository = "<id>upstream</id><url>" + upstream + "</url>"
        + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
    String settings = "<settings>\n"
        + "  <localRepository>" + property("treaty.it.repository") + "</localRepository>\n"
        + "  <profiles><profile><id>upstream</id>\n"
        + "    <repositories><repository>" + repository + "</repository></repositories>\n"
        + "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>\n"
        + "  </profile></profiles>\n"
        + "  <activeProfiles><activeProfile>upstream</activeProfile></activeProfiles>\n"
        + "</settings>\n";
    Path file = directory.resolve("settings.xml");
    Files.writeString(file, settings, StandardCharsets.UTF_8);
    return file;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("System property " + name + " is not set; run the sample builds with mvn verify");
    }
    return value;
  }
}
