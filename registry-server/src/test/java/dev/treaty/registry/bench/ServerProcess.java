package dev.treaty.registry.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A registry node started the way users start one, through a checkout's {@code ./treaty serve}
 * launcher (so with that launcher's JVM defaults), on a free port. Knows how long it took to
 * answer ready, the CPU it spent until then and its resident memory.
 */
final class ServerProcess implements AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final Process process;
  private final int port;
  private final long readyMillis;
  private final long readyCpuMillis;

  private ServerProcess(Process process, int port, long readyMillis, long readyCpuMillis) {
    this.process = process;
    this.port = port;
    this.readyMillis = readyMillis;
    this.readyCpuMillis = readyCpuMillis;
  }

  /** Starts {@code checkout}/treaty serve with a data folder and, when not null, a database URL. */
  static ServerProcess start(Path checkout, Path dataDir, String dbUrl) throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(checkout.resolve("treaty").toString(), "serve",
        "--port", Integer.toString(port), "--host", "127.0.0.1", "--data-dir", dataDir.toString()));
    if (dbUrl != null) {
      command.addAll(List.of("--db-url", dbUrl));
    }
    Files.createDirectories(dataDir);
    long started = System.nanoTime();
    // the launcher execs java, so this process is the JVM
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile())).start();
    while (!answersReady(port)) {
      if (!process.isAlive() || System.nanoTime() - started > 120_000_000_000L) {
        process.destroy();
        throw new IllegalStateException("Server did not get ready; see " + dataDir.resolve("server.log"));
      }
      Thread.sleep(10);
    }
    long readyMillis = (System.nanoTime() - started) / 1_000_000;
    return new ServerProcess(process, port, readyMillis, cpuMillis(process.pid()));
  }

  int port() {
    return port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  long readyMillis() {
    return readyMillis;
  }

  long readyCpuMillis() {
    return readyCpuMillis;
  }

  /** Resident memory now, in MiB. */
  long rssMib() throws IOException {
    String status = Files.readString(Path.of("/proc/" + process.pid() + "/status"));
    String kb = status.lines().filter(line -> line.startsWith("VmRSS:")).findFirst().orElseThrow()
        .replaceAll("[^0-9]", "");
    return Long.parseLong(kb) / 1024;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  private static boolean answersReady(int port) {
    try {
      HttpResponse<Void> answer = CLIENT.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
          HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms
  private static long cpuMillis(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
