package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import dev.treaty.compatibility.InvalidSchemaException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Wire's parser on one file and turns its errors into {@link InvalidSchemaException}. */
final class ProtoTextParser {

  private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+)");

  private ProtoTextParser() {}

  static ProtoFileElement parse(String path, String text) {
    try {
      return new ProtoParser(Location.get(path), text.toCharArray()).readProtoFile();
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      Matcher position = POSITION.matcher(message);
      Integer line = null;
      Integer column = null;
      if (position.find()) {
        line = Integer.valueOf(position.group(1));
        column = Integer.valueOf(position.group(2));
      }
      throw new InvalidSchemaException(
          "Invalid .proto text in " + path + ": " + message, line, column, e);
    }
  }
}
