package dev.treaty.webui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web UI's files, packaged in this jar: plain HTML, CSS and ES modules in one flat folder.
 * Only plain file names are served, so no path can reach anything else on the class path.
 * Thread-safe.
 */
public final class WebUi {

  /** One file of the UI and the content type to serve it with. */
  public record Asset(String name, String contentType, byte[] bytes) {}

  /** The page a browser opens at the UI's root. */
  public static final String INDEX = "index.html";

  /**
   * What the UI needs from the browser and nothing more: its own scripts, styles and API; no
   * inline script, no framing, no plugins.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml");
  private static final Map<String, Optional<Asset>> LOADED = new ConcurrentHashMap<>();

  private WebUi() {}

  /** The named file, or empty when there is none or the name is not a plain file name. */
  public static Optional<Asset> asset(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return LOADED.computeIfAbsent(name, WebUi::load);
  }

  private static Optional<Asset> load(String name) {
    try (InputStream in = WebUi.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return Optional.of(new Asset(name, TYPES.get(extension), in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
