package dev.treaty.compatibility.json;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive work (everit's loader and validator, the diff walker) so that deep but legal
 * input gets an answer: first on the calling thread, and when that overflows its stack, once more
 * from scratch on a thread with a large stack. everit spends a dozen frames per level of a
 * document; Jackson caps documents at 1000 levels, which the large stack holds. The work must not
 * keep state between attempts.
 */
final class DeepStack {

  private static final long STACK_BYTES = 256L << 20;

  private DeepStack() {}

  static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError shallow) {
      return onLargeStack(work);
    }
  }

  private static <T> T onLargeStack(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    }, "treaty-json-deep-stack", STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for JSON Schema work", e);
    }
    if (failure.get() instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure.get() instanceof Error error) {
      throw error;
    }
    return result.get();
  }
}
