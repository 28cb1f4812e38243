package dev.treaty.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * Everything a {@link RegistryClient} is created with.
 *
 * @param urls registry base URLs, tried in order; the client stays on the last one that answered
 * @param connectTimeout how long to wait for a TCP connection
 * @param requestTimeout how long to wait for a whole answer
 * @param cacheSize how many schemas by id to keep in memory (0 turns the cache off)
 * @param sslContext the TLS keys and trust for {@code https} URLs; {@code null} for the JDK's defaults
 */
public record ClientSettings(
    List<URI> urls,
    Credentials credentials,
    RetryPolicy retry,
    Duration connectTimeout,
    Duration requestTimeout,
    int cacheSize,
    SSLContext sslContext) {

  public ClientSettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("At least one registry URL is needed");
    }
    for (URI url : urls) {
      if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
        throw new IllegalArgumentException("Not an http(s) URL: " + url);
      }
    }
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /**
   * Defaults for the given URLs (each may also be a comma-separated list, as on a command line):
   * no credentials, 3 attempts, 5 s to connect, 30 s for an answer, 1000 schemas cached.
   */
  public static ClientSettings of(String... urls) {
    List<URI> parsed = Stream.of(urls).flatMap(list -> Stream.of(list.split(","))).map(String::trim)
        .filter(url -> !url.isEmpty()).map(ClientSettings::parse).toList();
    return new ClientSettings(
        parsed, Credentials.none(), RetryPolicy.DEFAULT, Duration.ofSeconds(5), Duration.ofSeconds(30), 1000, null);
  }

  public ClientSettings withCredentials(Credentials newCredentials) {
    return new ClientSettings(urls, newCredentials, retry, connectTimeout, requestTimeout, cacheSize, sslContext);
  }

  public ClientSettings withRetry(RetryPolicy newRetry) {
    return new ClientSettings(urls, credentials, newRetry, connectTimeout, requestTimeout, cacheSize, sslContext);
  }

  public ClientSettings withTimeouts(Duration connect, Duration request) {
    return new ClientSettings(urls, credentials, retry, connect, request, cacheSize, sslContext);
  }

  /** TLS keys and trust for {@code https} registries (a private CA, a client certificate). */
  public ClientSettings withSslContext(SSLContext newSslContext) {
    return new ClientSettings(urls, credentials, retry, connectTimeout, requestTimeout, cacheSize, newSslContext);
  }

  private static URI parse(String url) {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    try {
      return new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a URL: " + url, e);
    }
  }
}
