package dev.treaty.registry.http;

import dev.treaty.registry.service.Contexts;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Confluent's context URL forms, {@code /contexts/{context}/<endpoint>}, as one rewrite made before
 * routing: the request becomes the unqualified endpoint's with the context put into the subject
 * ({@code /contexts/.team/subjects/orders/versions} is {@code /subjects/:.team:orders/versions}),
 * so that the route, its access rule and its answer are exactly the qualified subject's. Where
 * the endpoint names no subject, the context goes where Confluent puts it: {@code config} and
 * {@code mode} act on the context itself ({@code /config/:.team:}), listings get
 * {@code subjectPrefix=:.team:} and lookups by id get {@code subject=:.team:}. The default
 * context {@code .} qualifies nothing. A subject already qualified keeps its own context.
 */
final class ContextPaths extends Handler.Wrapper {

  private static final String PREFIX = "/contexts/";
  private static final Set<String> ENDPOINTS = Set.of("subjects", "schemas", "config", "mode", "compatibility");

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpURI uri = request.getHttpURI();
    String rewritten = uri.getPath() == null || !uri.getPath().startsWith(PREFIX) ? null : rewrite(uri.getPath(), uri.getQuery());
    if (rewritten == null) {
      return super.handle(request, response, callback);
    }
    int question = rewritten.indexOf('?');
    HttpURI target = HttpURI.build(uri)
        .path(question < 0 ? rewritten : rewritten.substring(0, question))
        .query(question < 0 ? null : rewritten.substring(question + 1))
        .asImmutable();
    return super.handle(new Request.Wrapper(request) {
      @Override
      public HttpURI getHttpURI() {
        return target;
      }
    }, response, callback);
  }

  /**
   * The unqualified form of {@code path} (raw, percent-encoded) with its query, or null when it is
   * not a context URL form ({@code /contexts/{context}} alone is a route of its own).
   */
  static String rewrite(String path, String query) {
    String[] segments = path.substring(PREFIX.length()).split("/", -1);
    if (segments.length < 2 || !ENDPOINTS.contains(segments[1])) {
      return null;
    }
    String qualifier = qualifier(decode(segments[0]));
    if (qualifier == null) {
      return null;
    }
    List<String> rest = new ArrayList<>(List.of(segments).subList(1, segments.length));
    List<String> params = query == null || query.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(query.split("&")));
    String endpoint = rest.get(0);
    boolean bare = rest.size() == 1 || rest.get(1).isEmpty();
    switch (endpoint) {
      case "config", "mode" -> {
        if (bare && !qualifier.isEmpty()) {
          rest = new ArrayList<>(List.of(endpoint, encode(qualifier)));
        } else if (!bare) {
          rest.set(1, qualify(rest.get(1), qualifier));
        }
      }
      case "subjects" -> {
        if (bare) {
          qualifyParam(params, "subjectPrefix", qualifier.isEmpty() ? ":.:" : qualifier);
        } else {
          rest.set(1, qualify(rest.get(1), qualifier));
        }
      }
      case "schemas" -> {
        if (bare) {
          qualifyParam(params, "subjectPrefix", qualifier.isEmpty() ? ":.:" : qualifier);
        } else if (rest.get(1).equals("ids") && !qualifier.isEmpty()) {
          qualifyParam(params, "subject", qualifier);
        }
      }
      default -> { // compatibility/subjects/{subject}/...
        if (rest.size() > 2 && rest.get(1).equals("subjects")) {
          rest.set(2, qualify(rest.get(2), qualifier));
        }
      }
    }
    String rewritten = "/" + String.join("/", rest);
    return params.isEmpty() ? rewritten : rewritten + "?" + String.join("&", params);
  }

  /**
   * {@code :.name:} for a context written {@code .name} or {@code name}, {@code ""} for the default
   * context, null for a name that cannot be a context.
   */
  static String qualifier(String context) {
    String qualifier = Contexts.qualifier(context);
    return qualifier != null ? qualifier : context.isEmpty() || context.equals(".") ? "" : null;
  }

  /** A raw path segment naming a subject, qualified unless it names its context already. */
  private static String qualify(String segment, String qualifier) {
    String subject = decode(segment);
    if (qualifier.isEmpty() || subject.startsWith(":.") && subject.indexOf(':', 2) > 1) {
      return segment;
    }
    return encode(qualifier) + segment;
  }

  /** Sets {@code name} to the qualifier followed by the value the caller gave, if any. */
  private static void qualifyParam(List<String> params, String name, String qualifier) {
    String given = "";
    for (var it = params.iterator(); it.hasNext(); ) {
      String param = it.next();
      if (param.startsWith(name + "=")) {
        given = decode(param.substring(name.length() + 1));
        it.remove();
      }
    }
    String value = given.startsWith(":.") && given.indexOf(':', 2) > 1 ? given : qualifier + given;
    params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
  }
}
