package dev.treaty.registry.webhooks;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * The first {@link #LIMIT} bytes of a receiver's answer, as text; then the subscription is
 * cancelled and the rest never read, so a receiver answering a huge or endless body costs one
 * small buffer. Signals arrive one at a time (reactive streams), so no locking.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

  static final int LIMIT = 1024;

  private final CompletableFuture<String> body = new CompletableFuture<>();
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      byte[] bytes = new byte[Math.min(buffer.remaining(), LIMIT - kept.size())];
      buffer.get(bytes);
      kept.writeBytes(bytes);
    }
    if (kept.size() >= LIMIT) {
      subscription.cancel();
      onComplete();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(kept.toString(StandardCharsets.UTF_8));
  }
}
