package dev.treaty.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One HTTP request of the API, independent of which registry URL serves it.
 *
 * @param path already percent-encoded, starting with '/'
 * @param idempotent whether repeating it cannot change the outcome, so it may be retried
 */
record Call(String method, String path, Map<String, String> query, Object body, boolean idempotent) {

  static Call get(String path) {
    return new Call("GET", path, new LinkedHashMap<>(), null, true);
  }

  /** A POST that only reads (lookup, compatibility check), so it may be retried. */
  static Call query(String path, Object body) {
    return new Call("POST", path, new LinkedHashMap<>(), body, true);
  }

  /** A POST that writes (registration): never repeated once it may have reached a server. */
  static Call post(String path, Object body) {
    return new Call("POST", path, new LinkedHashMap<>(), body, false);
  }

  static Call put(String path, Object body) {
    return new Call("PUT", path, new LinkedHashMap<>(), body, true);
  }

  static Call delete(String path) {
    return new Call("DELETE", path, new LinkedHashMap<>(), null, false);
  }

  Call with(String name, Object value) {
    Map<String, String> more = new LinkedHashMap<>(query);
    more.put(name, String.valueOf(value));
    return new Call(method, path, more, body, idempotent);
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
    query.forEach((name, value) -> joined.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return joined.toString();
  }
}
