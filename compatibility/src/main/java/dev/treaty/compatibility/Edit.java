package dev.treaty.compatibility;

/**
 * Words a finding as the edit the user made to the existing schema. A format compares a writer
 * with a reader; which of the two is the proposed schema depends on the direction. In a BACKWARD
 * check (and in diffs and contract pairs) the writer is the earlier schema, so an element only the
 * reader has was <em>added</em>; in a FORWARD check the writer is the proposed schema, so the same
 * element was <em>removed</em>. Formats word every finding through this class, so that a FORWARD
 * check never reads as the change undone.
 */
public final class Edit {

  /** The reader is the later schema: BACKWARD checks, diffs, contract pairs. */
  public static final Edit READER_IS_LATER = new Edit(false);

  /** The writer is the later (proposed) schema: FORWARD checks. */
  public static final Edit WRITER_IS_LATER = new Edit(true);

  private final boolean writerIsLater;

  private Edit(boolean writerIsLater) {
    this.writerIsLater = writerIsLater;
  }

  /** The edit for a check in {@code direction}; {@code null} (outside a level) reads writer to reader. */
  public static Edit of(Direction direction) {
    return direction == Direction.FORWARD ? WRITER_IS_LATER : READER_IS_LATER;
  }

  /** Of the writer's and the reader's side, the one the user started from. */
  public <T> T earlier(T writerSide, T readerSide) {
    return writerIsLater ? readerSide : writerSide;
  }

  /** Of the writer's and the reader's side, the one the user changed it into. */
  public <T> T later(T writerSide, T readerSide) {
    return writerIsLater ? writerSide : readerSide;
  }

  /**
   * Picks the sentence of the edit: {@code writerToReader} when the reader is the later schema,
   * {@code readerToWriter} (the same change said the other way round) when the writer is.
   */
  public String says(String writerToReader, String readerToWriter) {
    return writerIsLater ? readerToWriter : writerToReader;
  }

  /** "from A to B", A being the earlier side's value and B the later's. */
  public String fromTo(Object writerSide, Object readerSide) {
    return "from " + earlier(writerSide, readerSide) + " to " + later(writerSide, readerSide);
  }

  /** "added" for an element only the reader has, "removed" when the reader is the earlier schema. */
  public String readerOnly() {
    return says("added", "removed");
  }

  /** "removed" for an element only the writer has, "added" when the writer is the later schema. */
  public String writerOnly() {
    return says("removed", "added");
  }
}
