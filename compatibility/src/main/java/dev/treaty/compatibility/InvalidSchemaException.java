package dev.treaty.compatibility;

/**
 * Schema text that does not parse, or whose references cannot be resolved. The message names
 * the problem; line and column are given where the parser knows them.
 */
public class InvalidSchemaException extends RuntimeException {

  private final Integer line;
  private final Integer column;

  public InvalidSchemaException(String message) {
    this(message, null, null, null);
  }

  public InvalidSchemaException(String message, Throwable cause) {
    this(message, null, null, cause);
  }

  public InvalidSchemaException(String message, Integer line, Integer column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the problem, or {@code null} when unknown. */
  public Integer line() {
    return line;
  }

  /** 1-based column of the problem, or {@code null} when unknown. */
  public Integer column() {
    return column;
  }
}
