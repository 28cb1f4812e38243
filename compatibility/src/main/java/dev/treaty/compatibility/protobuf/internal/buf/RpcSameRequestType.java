package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.Rule;
import dev.treaty.compatibility.protobuf.internal.Findings;
import dev.treaty.compatibility.protobuf.internal.Pairs;
import dev.treaty.compatibility.protobuf.internal.ProtoRule;

/** buf's breaking rule {@code RPC_SAME_REQUEST_TYPE}; its purpose is in {@link #RULE}. */
final class RpcSameRequestType implements ProtoRule {

  static final Rule RULE =
      Findings.rule(
          "RPC_SAME_REQUEST_TYPE",
          "An RPC's request message changed.",
          "Keep the request type; add a new RPC for the new type.",
          ProtobufRuleSet.WIRE, ProtobufRuleSet.WIRE_JSON);

  @Override
  public Rule rule() {
    return RULE;
  }

  @Override
  public void rpc(Pairs.RpcPair pair, Findings out) {
    if (pair.both() && !pair.writer().requestType().equals(pair.reader().requestType())) {
      out.breaking(RULE, pair.path(), out.readerAt(pair.reader().location()), "RPC `" + pair.reader().name() + "` changed its request "
          + out.edit().fromTo("`" + pair.writer().requestType() + "`", "`" + pair.reader().requestType() + "`") + ".");
    }
  }
}
