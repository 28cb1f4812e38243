package dev.treaty.registry.http;

import dev.treaty.webui.WebUi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Serves the web UI's files at {@code /ui}, with a policy that keeps any injected markup inert. */
final class WebUiController {

  void index(Context ctx) {
    // Relative module imports need the trailing slash.
    if (!ctx.path().endsWith("/")) {
      ctx.redirect("/ui/", HttpStatus.FOUND);
      return;
    }
    serve(ctx, WebUi.INDEX);
  }

  void file(Context ctx) {
    serve(ctx, ctx.pathParam("file"));
  }

  /** {@code /}: browsers go to the UI, API clients get Confluent's empty object. */
  static boolean sendBrowserToUi(Context ctx) {
    String accept = ctx.header("Accept");
    if (accept != null && accept.contains("text/html")) {
      ctx.redirect("/ui/", HttpStatus.FOUND);
      return true;
    }
    return false;
  }

  private static void serve(Context ctx, String name) {
    WebUi.Asset asset = WebUi.asset(name).orElse(null);
    if (asset == null) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    ctx.header("Content-Security-Policy", WebUi.CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-cache");
    ctx.status(200).contentType(asset.contentType()).result(asset.bytes());
  }
}
