package dev.treaty.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place; only on a terminal, so logs and pipes stay
 * clean.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean shown;
  private final String label;
  private final int total;
  private int done;

  Progress(Session session, String label, int total) {
    this.err = session.err();
    this.shown = session.terminal() && total > 0;
    this.label = label;
    this.total = total;
  }

  void step() {
    done++;
    if (shown) {
      int filled = (int) ((long) WIDTH * done / total);
      err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
      err.flush();
    }
  }
}
