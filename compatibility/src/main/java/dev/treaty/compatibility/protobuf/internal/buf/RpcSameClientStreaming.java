package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code RPC_SAME_CLIENT_STREAMING}; its purpose is in {@link #RULE}. */
final class RpcSameClientStreaming implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "RPC_SAME_CLIENT_STREAMING",
          "An RPC switched client streaming on or off.",
          "Keep the RPC's streaming; add a new RPC for the streaming variant.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void rpc(Pairs.RpcPair pair, Findings out) {
    if (pair.both() && pair.writer().clientStreaming() != pair.reader().clientStreaming()) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "RPC `" + pair.reader().name() + "` switched client streaming "
          + (out.edit().later(pair.writer(), pair.reader()).clientStreaming() ? "on." : "off."));
    }
  }
}
