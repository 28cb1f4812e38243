package dev.treaty.registry.http;

import dev.treaty.client.model.ErrorMessage;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.IncompatibleSchemaException;
import dev.treaty.registry.service.LintRefusedException;
import dev.treaty.registry.service.RegistryException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP answers: always Confluent's
 * {@code {"error_code","message"}} body, with {@code incompatibilities} on a 409.
 */
final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  /** Confluent's error body with the lint findings that refused a schema. */
  record LintRefusal(
      @com.fasterxml.jackson.annotation.JsonProperty("error_code") int errorCode, String message,
      java.util.List<dev.treaty.compatibility.lint.LintFinding> findings) {}

  /** @param incompatibleCode the {@code error_code} of a 409: 409, or 40901 as Confluent 8.0.4+ sends */
  static void install(RoutesConfig routes, int incompatibleCode) {
    routes.exception(IncompatibleSchemaException.class, (e, ctx) -> Responses.json(ctx, 409,
        VerdictBodies.refusal(e, incompatibleCode)));
    routes.exception(LintRefusedException.class, (e, ctx) -> {
      finishReadingTheBody(ctx);
      Responses.json(ctx, e.code().httpStatus(), new LintRefusal(e.code().code(), e.getMessage(), e.findings()));
    });
    routes.exception(RegistryException.class, (e, ctx) -> write(ctx, e.code(), e.getMessage(), List.of()));
    routes.exception(HttpResponseException.class, (e, ctx) -> writeStatus(ctx, e.getStatus()));
    // the body could not be read: a malformed chunked encoding, a client that went away
    routes.exception(IOException.class, (e, ctx) -> {
      ctx.header("Connection", "close");
      Responses.json(ctx, 400, new ErrorMessage(400, "Unreadable request body"));
    });
    routes.exception(Exception.class, ErrorMapping::unexpected);
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        writeStatus(ctx, 404);
      }
    });
    routes.error(405, ctx -> writeStatus(ctx, 405));
  }

  private static void unexpected(Exception e, Context ctx) {
    if (isUnreadableBody(e)) {
      ctx.header("Connection", "close");
      Responses.json(ctx, 400, new ErrorMessage(400, "Unreadable request body"));
      return;
    }
    if (isStorageFailure(e)) {
      LOG.warn("Storage failure on {} {}: {}", ctx.method(), ctx.path(), e.toString());
      write(ctx, ErrorCode.STORE_ERROR, "Error while accessing the backend store: " + rootMessage(e), List.of());
      return;
    }
    LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
    write(ctx, ErrorCode.INTERNAL, "Internal Server Error", List.of());
  }

  /** The most of an unread request body an error answer reads and drops before it is sent. */
  private static final long DRAIN_LIMIT = 64L * 1024;

  /**
   * An error can be answered before the request body was read (a refusal, a wrong content type).
   * Closing a connection with unread bytes makes TCP reset it, and the client may lose the answer;
   * so what of the body has already arrived (up to 64 KiB) is dropped. Waiting for more would let a
   * client that trickles its body hold a server thread for nothing, so a body not yet all here
   * ends the connection instead, which the answer says.
   */
  private static void finishReadingTheBody(Context ctx) {
    boolean chunked = ctx.header("Transfer-Encoding") != null;
    if (ctx.req().getContentLengthLong() <= 0 && !chunked) {
      return;
    }
    try {
      jakarta.servlet.ServletInputStream body = ctx.req().getInputStream();
      long budget = DRAIN_LIMIT;
      for (int available = body.available(); available > 0 && budget > 0; available = body.available()) {
        long skipped = body.skip(Math.min(available, budget));
        if (skipped <= 0) {
          break;
        }
        budget -= skipped;
      }
      if (!body.isFinished()) {
        ctx.header("Connection", "close");
      }
    } catch (IOException | RuntimeException e) {
      ctx.header("Connection", "close");
    }
  }

  private static void writeStatus(Context ctx, int status) {
    finishReadingTheBody(ctx);
    String message = switch (status) {
      case 404 -> "HTTP 404 Not Found";
      case 405 -> "HTTP 405 Method Not Allowed";
      case 413 -> "Request body is larger than the server accepts";
      default -> "HTTP " + status;
    };
    ctx.status(status).contentType(MediaTypes.negotiate(ctx));
    Responses.json(ctx, status, new ErrorMessage(status, message));
  }

  private static void write(Context ctx, ErrorCode code, String message, List<dev.treaty.client.model.Incompatibility> details) {
    finishReadingTheBody(ctx);
    Responses.json(ctx, code.httpStatus(), new ErrorMessage(code.code(), message, details));
  }

  private static boolean isUnreadableBody(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException || cause instanceof org.eclipse.jetty.http.BadMessageException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStorageFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException || cause instanceof JdbiException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
