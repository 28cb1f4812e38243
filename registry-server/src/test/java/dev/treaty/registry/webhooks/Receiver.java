package dev.treaty.registry.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A webhook receiver on 127.0.0.1 started by the test: it records every request and answers with
 * the status it is told. It can be stopped (connections refused) and started again on its port.
 */
final class Receiver implements AutoCloseable {

  /** One request as it arrived: lower-cased header names, the raw body, when. */
  record Request(String path, Map<String, String> headers, String body, long receivedAt) {
    String header(String name) {
      return headers.get(name);
    }
  }

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile long delayMillis;
  private int port;
  private HttpServer server;
  private ExecutorService threads;

  static Receiver start() {
    Receiver receiver = new Receiver();
    receiver.bind(0);
    return receiver;
  }

  private void bind(int wanted) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 50);
      threads = Executors.newFixedThreadPool(8);
      server.setExecutor(threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new java.util.TreeMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
      requests.add(new Request(exchange.getRequestURI().getPath(), headers, new String(body, StandardCharsets.UTF_8),
          System.currentTimeMillis()));
      int answer = status;
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      exchange.sendResponseHeaders(answer, -1);
      exchange.close();
    });
    server.start();
    port = server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  void answer(int newStatus) {
    status = newStatus;
  }

  /** Makes each answer take this long, like a receiver doing some work. */
  void delay(long millis) {
    delayMillis = millis;
  }

  /** Stops listening: senders get a refused connection. */
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** Listens again on the same port. */
  void restart() {
    bind(port);
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<Request> requests(Predicate<Request> filter) {
    return requests.stream().filter(filter).toList();
  }

  /** Waits until {@code count} requests matching {@code filter} arrived, or the time is up. */
  List<Request> await(Predicate<Request> filter, int count, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (requests(filter).size() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    return requests(filter);
  }

  @Override
  public void close() {
    stop();
  }
}
