package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code RPC_SAME_IDEMPOTENCY_LEVEL}; its purpose is in {@link #RULE}. */
final class RpcSameIdempotencyLevel implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "RPC_SAME_IDEMPOTENCY_LEVEL",
          "An RPC changed its idempotency_level option.",
          "Keep the RPC's `idempotency_level`.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void rpc(Pairs.RpcPair pair, Findings out) {
    if (pair.both() && !level(pair.writer().idempotency()).equals(level(pair.reader().idempotency()))) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "RPC `" + pair.reader().name() + "` changed its idempotency level "
          + out.edit().fromTo(level(pair.writer().idempotency()), level(pair.reader().idempotency())) + ".");
    }
  }

  private static String level(String written) {
    return written == null ? "IDEMPOTENCY_UNKNOWN" : written;
  }
}
