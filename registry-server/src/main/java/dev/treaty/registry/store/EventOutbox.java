package dev.treaty.registry.store;

import java.util.List;

/**
 * Decides, while an event is appended, which webhooks get a delivery of it; the deliveries are
 * written in the same transaction as the event, so an event is never stored without them. Called
 * on every change, so it answers from memory. Thread-safe.
 */
public interface EventOutbox {

  /** No webhooks: the store writes events only. */
  EventOutbox NONE = event -> Routing.NOBODY;

  Routing route(EventRow event);

  /**
   * The webhooks to queue a delivery for, and those whose queue is full, which record the
   * overflow instead.
   */
  record Routing(List<String> queued, List<String> overflowed) {
    public static final Routing NOBODY = new Routing(List.of(), List.of());
  }
}
