package dev.treaty.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A hand-written stand-in for a registry: answers requests with scripted statuses and bodies, in
 * order, and records what it was sent. For the failure paths a real server cannot produce on demand.
 */
final class ScriptedRegistry implements AutoCloseable {

  record Answer(int status, String body) {}

  record Received(String method, String rawPathAndQuery, String authorization, String contentType, String body) {}

  private final HttpServer server;
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();

  ScriptedRegistry() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Answer answer;
      synchronized (this) {
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new Received(exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"), body));
        answer = answers.isEmpty() ? new Answer(500, "{\"error_code\":500,\"message\":\"no answer scripted\"}")
            : answers.poll();
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  synchronized ScriptedRegistry answer(int status, String body) {
    answers.add(new Answer(status, body));
    return this;
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
