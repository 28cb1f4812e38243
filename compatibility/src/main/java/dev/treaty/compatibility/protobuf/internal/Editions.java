package dev.treaty.compatibility.protobuf.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Protobuf editions ({@code edition = "2023";}), which Wire's parser does not read. Its statement
 * is replaced by {@code syntax="proto3";} before parsing (Wire then takes fields without a label,
 * as editions write them; other positions stay), and the edition is kept beside the parse tree.
 * Everything that differs by syntax asks {@link ParsedFile#isEditions()} first.
 */
public final class Editions {

  /** The editions protoc and buf build; others are refused as they refuse them. */
  public static final List<String> SUPPORTED = List.of("2023", "2024");

  private static final Pattern STATEMENT = Pattern.compile("\\A(\\s*)edition\\s*=\\s*(\"[^\"\\n]*\"|'[^'\\n]*')\\s*;");

  private Editions() {}

  /** The edition a comment-blanked text declares first, or {@code null}. */
  static String declared(String blankedText) {
    Matcher matcher = STATEMENT.matcher(blankedText);
    if (!matcher.find()) {
      return null;
    }
    String quoted = matcher.group(2);
    return quoted.substring(1, quoted.length() - 1);
  }

  /**
   * The text with its leading edition statement replaced by a proto3 syntax statement, padded to
   * the statement's length so that later columns stay put.
   */
  static String asProto3(String blankedText) {
    Matcher matcher = STATEMENT.matcher(blankedText);
    if (!matcher.find()) {
      return blankedText;
    }
    String replacement = "syntax=\"proto3\";";
    int length = matcher.end() - matcher.end(1);
    String statement = replacement + " ".repeat(Math.max(0, length - replacement.length()));
    return blankedText.substring(0, matcher.end(1)) + statement + blankedText.substring(matcher.end());
  }

  /** The statement that opens an editions file's printed forms. */
  public static String statement(String edition) {
    return "edition = \"" + edition + "\";\n";
  }
}
