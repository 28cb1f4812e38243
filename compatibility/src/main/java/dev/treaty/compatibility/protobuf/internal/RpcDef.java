package dev.treaty.compatibility.protobuf.internal;

/** One RPC; request and response are full message names, {@code idempotency} the option's value or {@code null}. */
public record RpcDef(
    String name,
    String requestType,
    String responseType,
    boolean clientStreaming,
    boolean serverStreaming,
    String idempotency,
    String location) {}
