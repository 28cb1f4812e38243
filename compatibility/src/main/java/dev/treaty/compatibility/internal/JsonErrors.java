package dev.treaty.compatibility.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** Jackson's parse errors in words a person reads, without its source-location boilerplate. */
public final class JsonErrors {

  // Jackson names the input it read as "[Source: REDACTED (...); line: 1, column: 1]".
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private JsonErrors() {}

  /** The problem Jackson found, e.g. "Unexpected end-of-input: expected close marker for Object". */
  public static String describe(JsonProcessingException e) {
    return SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("line $1, column $2");
  }
}
