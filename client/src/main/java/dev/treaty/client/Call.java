package dev.treaty.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One HTTP request of the API, independent of which registry URL serves it.
 *
 * @param path already percent-encoded, starting with '/'
 * @param idempotent whether repeating it cannot change the outcome, so it may be retried
 */
record Call(String method, String path, List<Param> query, Object body, boolean idempotent) {

  /** One query parameter; a name may repeat. */
  record Param(String name, String value) {}

  static Call get(String path) {
    return new Call("GET", path, List.of(), null, true);
  }

  /** A POST that only reads (lookup, compatibility check), so it may be retried. */
  static Call query(String path, Object body) {
    return new Call("POST", path, List.of(), body, true);
  }

  /** A POST that writes (registration): never repeated once it may have reached a server. */
  static Call post(String path, Object body) {
    return new Call("POST", path, List.of(), body, false);
  }

  /** A GET whose error answers are meaningful as they are (a health check's 503), never retried. */
  static Call probe(String path) {
    return new Call("GET", path, List.of(), null, false);
  }

  static Call put(String path, Object body) {
    return new Call("PUT", path, List.of(), body, true);
  }

  static Call delete(String path) {
    return new Call("DELETE", path, List.of(), null, false);
  }

  Call with(String name, Object value) {
    List<Param> more = new ArrayList<>(query);
    more.add(new Param(name, String.valueOf(value)));
    return new Call(method, path, List.copyOf(more), body, idempotent);
  }

  /** Adds {@code name=true} only when set, keeping URLs short. */
  Call flag(String name, boolean set) {
    return set ? with(name, true) : this;
  }

  String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    StringJoiner joined = new StringJoiner("&", path + "?", "");
    query.forEach(param -> joined.add(param.name() + "=" + URLEncoder.encode(param.value(), StandardCharsets.UTF_8)));
    return joined.toString();
  }
}
