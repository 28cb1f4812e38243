package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.treaty.compatibility.InvalidSchemaException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Wire's parser on one file and turns its errors into {@link InvalidSchemaException}. */
public final class ProtoTextParser {

  private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+)");

  private ProtoTextParser() {}

  /** protoc's limit on nested declarations; deeper files are rejected before any recursion of ours. */
  static final int MAX_NESTING = 100;

  public static ParsedFile parse(String path, String text) {
    String blanked = CommentBlanker.blank(text);
    String edition = Editions.declared(blanked);
    ProtoFileElement file;
    try {
      String source = edition == null ? blanked : Editions.asProto3(blanked);
      file = new ProtoParser(Location.get(path), source.toCharArray()).readProtoFile();
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
    file.getTypes().forEach(type -> checkNesting(type, 1));
    return new ParsedFile(file, edition, blanked);
  }

  private static void checkNesting(TypeElement type, int depth) {
    if (depth > MAX_NESTING) {
      throw new InvalidSchemaException(
          "Messages are nested more than " + MAX_NESTING + " levels deep at " + ProtoNames.position(type.getLocation()),
          type.getLocation().getLine(), type.getLocation().getColumn(), null);
    }
    type.getNestedTypes().forEach(nested -> checkNesting(nested, depth + 1));
  }
}
