package dev.treaty.registry.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refusals that need only the request line and headers, made in Jetty before Javalin sees the
 * request and before a byte of the body is read: a body over the limit (413), a write whose body
 * is not JSON (415, which also rules out cross-site "simple" form and text posts), a method
 * override header (400: Javalin would otherwise turn a POST into a DELETE), and a client with too
 * many requests in flight (429). A declared body of bounded size, even one over the limit, is
 * read and dropped without holding a thread (Jetty reads it as it arrives) before the refusal is
 * written: closing a connection with unread bytes makes the kernel send a reset, which can
 * destroy the answer before a client still sending its body reads it. A body of unknown length,
 * or beyond {@link #DRAINED_BODY}, is not read: the connection is closed.
 */
final class Gatekeeper extends Handler.Wrapper {

  /**
   * Requests one address may have in flight at once; health probes are not counted. Well under
   * Jetty's thread pool, so that one client cannot hold every thread, and above the 32
   * connections of the load benchmark.
   */
  static final int MAX_IN_FLIGHT_PER_CLIENT = 64;
  private static final List<String> JSON_BODIES = List.of(
      MediaTypes.V1, MediaTypes.UNVERSIONED, MediaTypes.JSON, "application/octet-stream");

  /**
   * Declared bodies up to this size are read and dropped before a refusal is answered: four times
   * the default body limit, so that an honest client that sent a little too much gets its 413.
   */
  private static final long DRAINED_BODY = 32L * 1024 * 1024;

  private final long bodyLimit;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  Gatekeeper(long bodyLimit) {
    this.bodyLimit = bodyLimit;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String refusal = refusal(request);
    if (refusal != null) {
      int status = Integer.parseInt(refusal.substring(0, 3));
      String reason = refusal.substring(4);
      long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
      if (length <= 0 || length > DRAINED_BODY) {
        Response.writeError(request, response, callback, status, reason);
      } else {
        Runnable answer = () -> Response.writeError(request, response, callback, status, reason);
        Content.Source.consumeAll(request, Callback.from(answer, failure -> answer.run()));
      }
      return true;
    }
    if (request.getHttpURI().getPath().startsWith("/health/")) {
      return super.handle(request, response, callback);
    }
    String client = Request.getRemoteAddr(request);
    AtomicInteger count = inFlight.computeIfAbsent(client, key -> new AtomicInteger());
    if (count.incrementAndGet() > MAX_IN_FLIGHT_PER_CLIENT) {
      release(client, count);
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
      Response.writeError(request, response, callback, 429, "Too many requests at once from this client");
      return true;
    }
    Callback releasing = Callback.from(callback, () -> release(client, count));
    try {
      if (super.handle(request, response, releasing)) {
        return true;
      }
    } catch (Exception | Error e) {
      release(client, count);
      throw e;
    }
    release(client, count);
    return false;
  }

  /** {@code "status reason"}, or null when the request may go on. */
  private String refusal(Request request) {
    var headers = request.getHeaders();
    if (headers.contains("X-HTTP-Method-Override") || headers.contains("X-HTTP-Method")
        || headers.contains("X-Method-Override")) {
      return "400 Method override headers are not supported";
    }
    long length = headers.getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > bodyLimit) {
      return "413 Request body is larger than " + bodyLimit + " bytes";
    }
    boolean hasBody = length > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING);
    String method = request.getMethod();
    if (hasBody && (HttpMethod.POST.is(method) || HttpMethod.PUT.is(method)) && !isJson(headers.get(HttpHeader.CONTENT_TYPE))) {
      return "415 Unsupported Media Type: a request body must be JSON (" + MediaTypes.V1 + " or " + MediaTypes.JSON + ")";
    }
    return null;
  }

  private static boolean isJson(String contentType) {
    return contentType != null
        && JSON_BODIES.contains(contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
  }

  private void release(String client, AtomicInteger count) {
    if (count.decrementAndGet() <= 0) {
      inFlight.remove(client, count);
    }
  }
}
