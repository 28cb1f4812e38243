package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code RPC_SAME_SERVER_STREAMING}; its purpose is in {@link #RULE}. */
final class RpcSameServerStreaming implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "RPC_SAME_SERVER_STREAMING",
          "An RPC switched server streaming on or off.",
          "Keep the RPC's streaming; add a new RPC for the streaming variant.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void rpc(Pairs.RpcPair pair, Findings out) {
    if (pair.both() && pair.writer().serverStreaming() != pair.reader().serverStreaming()) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "RPC `" + pair.reader().name() + "` switched server streaming "
          + (out.edit().later(pair.writer(), pair.reader()).serverStreaming() ? "on." : "off."));
    }
  }
}
