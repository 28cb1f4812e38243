package dev.treaty.junit;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Names the event in the failure of a {@link TreatySamples} invocation: Surefire's report shows the
 * exception's message, not the invocation's display name, so the producer, its version and the
 * seed go into the message, with the event as the producer writes it. Stateless, so thread-safe.
 */
final class SampleFailures implements InvocationInterceptor {

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    try {
      invocation.proceed();
    } catch (TestAbortedException skipped) {
      throw skipped;
    } catch (Throwable failure) {
      ProducedEvent event = (ProducedEvent) call.getArguments().stream()
          .filter(ProducedEvent.class::isInstance).findFirst().orElse(null);
      if (event == null) {
        throw failure;
      }
      throw new AssertionFailedError("The test failed on " + event + " (" + event.json() + "): " + failure, failure);
    }
  }
}
