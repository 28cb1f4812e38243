package dev.treaty.registry.http;

import dev.treaty.client.model.ErrorMessage;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request it will not even route, such as a path with an encoded NUL) in
 * the same JSON error body as everything else, instead of an HTML page clients cannot parse.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaTypes.V1);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, MediaTypes.V1);
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int code, String message) {
    String text = "HTTP " + code + (message == null || message.isBlank() ? "" : " " + message);
    return Responses.bytes(new ErrorMessage(code, text));
  }
}
