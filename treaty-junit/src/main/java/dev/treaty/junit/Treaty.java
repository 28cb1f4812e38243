package dev.treaty.junit;

/**
 * The entry point of producer-side contract tests, injected into test methods of classes
 * extended with {@link TreatyExtension}: {@code treaty.producer("orders-value").assertReadableByConsumers(event)}.
 * Thread-safe.
 */
public final class Treaty {

  private final TreatyRun run;

  Treaty(TreatyRun run) {
    this.run = run;
  }

  /** The checks of an event this application writes to {@code subject}. */
  public ProducerCheck producer(String subject) {
    return new ProducerCheck(run, subject);
  }
}
