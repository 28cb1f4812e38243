package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code RPC_SAME_RESPONSE_TYPE}; its purpose is in {@link #RULE}. */
final class RpcSameResponseType implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "RPC_SAME_RESPONSE_TYPE",
          "An RPC's response message changed.",
          "Keep the response type; add a new RPC for the new type.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void rpc(Pairs.RpcPair pair, Findings out) {
    if (pair.both() && !pair.writer().responseType().equals(pair.reader().responseType())) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "RPC `" + pair.reader().name() + "` changed its response "
          + out.edit().fromTo("`" + pair.writer().responseType() + "`", "`" + pair.reader().responseType() + "`") + ".");
    }
  }
}
