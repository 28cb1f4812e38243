package dev.treaty.compatibility.json;

/**
 * Runs recursive work (everit's loader and validator, the diff walker) on a thread with a large stack:
 * everit spends a dozen frames per level of a document, so a payload a few hundred levels deep
 * would overflow an ordinary thread. Jackson caps documents at 1000 levels, which fits.
 */
final class DeepStack {

  private static final long STACK_BYTES = 64L << 20;

  private DeepStack() {}

  static <T> T call(java.util.function.Supplier<T> work) {
    java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
    run(() -> result.set(work.get()));
    return result.get();
  }

  static void run(Runnable work) {
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        failure[0] = e;
      }
    }, "treaty-json-deep-stack", STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for JSON Schema work", e);
    }
    if (failure[0] instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure[0] instanceof Error error) {
      throw error;
    }
  }
}
