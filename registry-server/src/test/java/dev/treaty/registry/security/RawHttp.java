package dev.treaty.registry.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte by byte on a socket to 127.0.0.1, for what well-behaved clients never send. */
final class RawHttp {

  private RawHttp() {}

  static Socket open(int port) {
    try {
      Socket socket = new Socket();
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the request and reads the answer until the server closes or 10 s pass; "" when nothing came. */
  static String exchange(int port, String request) {
    try (Socket socket = open(port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return readAnswer(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the server sent until it closed the connection, or the socket's read timeout. */
  static String readAnswer(Socket socket) {
    StringBuilder answer = new StringBuilder();
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        if (answer.indexOf("\r\n\r\n") >= 0 && complete(answer)) {
          break;
        }
      }
    } catch (IOException e) {
      // a reset or a timeout: what arrived so far is the answer
    }
    return answer.toString();
  }

  private static boolean complete(StringBuilder answer) {
    int headersEnd = answer.indexOf("\r\n\r\n");
    String headers = answer.substring(0, headersEnd).toLowerCase();
    int at = headers.indexOf("content-length:");
    if (at < 0) {
      return false;
    }
    int length = Integer.parseInt(headers.substring(at + 15, headers.indexOf("\r\n", at) < 0 ? headers.length()
        : headers.indexOf("\r\n", at)).trim());
    return answer.length() - headersEnd - 4 >= length;
  }

  /** The status code of an answer, or 0 when there was none. */
  static int status(String answer) {
    return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : 0;
  }
}
