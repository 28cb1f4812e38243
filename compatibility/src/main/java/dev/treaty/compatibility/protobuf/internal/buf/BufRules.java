package dev.treaty.compatibility.protobuf.internal.buf;

import dev.treaty.compatibility.protobuf.internal.ProtoRule;
import dev.treaty.compatibility.protobuf.internal.RuleSet;
import java.util.ArrayList;
import java.util.List;

/** buf's WIRE (15 rules) and WIRE_JSON (22 rules) breaking categories. */
public final class BufRules {

  private static final List<ProtoRule> SHARED =
      List.of(
          new FieldNoDeleteUnlessNumberReserved(), new EnumValueNoDeleteUnlessNumberReserved(),
          new ReservedMessageNoDelete(), new ReservedEnumNoDelete(), new FieldSameOneof(),
          new FieldSameDefault(), new MessageSameRequiredFields(), new FileSamePackage(),
          new RpcSameRequestType(), new RpcSameResponseType(), new RpcSameClientStreaming(),
          new RpcSameServerStreaming(), new RpcSameIdempotencyLevel());

  public static final RuleSet WIRE =
      new RuleSet(with(List.of(new FieldWireCompatibleType(), new FieldWireCompatibleCardinality())), true, true, true);

  public static final RuleSet WIRE_JSON =
      new RuleSet(
          with(List.of(
              new FieldWireJsonCompatibleType(), new FieldWireJsonCompatibleCardinality(),
              new FieldNoDeleteUnlessNameReserved(), new EnumValueNoDeleteUnlessNameReserved(),
              new FieldSameName(), new FieldSameJsonName(), new EnumValueSameName(),
              new MessageSameJsonFormat(), new EnumSameJsonFormat())),
          true,
          true,
          true);

  private BufRules() {}

  private static List<ProtoRule> with(List<ProtoRule> own) {
    List<ProtoRule> rules = new ArrayList<>(SHARED);
    rules.addAll(own);
    return rules;
  }
}
