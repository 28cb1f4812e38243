package dev.treaty.compatibility.protobuf.internal;

import dev.treaty.compatibility.Rule;

/**
 * One compatibility rule. The walker pairs the elements of the writer's (previous) and the
 * reader's (current) schema and hands each pair to every rule of the chosen set; a rule overrides
 * only the kinds of pair it judges. In a pair, the writer or the reader side is {@code null}
 * when the element exists on one side only.
 */
public interface ProtoRule {

  Rule rule();

  default void file(Pairs.FilePair pair, Findings out) {}

  default void message(Pairs.MessagePair pair, Findings out) {}

  default void field(Pairs.FieldPair pair, Findings out) {}

  /**
   * An extension field present on both sides, matched by extendee and number. Only rules that
   * buf applies to extensions too (type, cardinality, name) look at them; adding or removing an
   * extension breaks nothing in the WIRE sets.
   */
  default void extension(Pairs.FieldPair pair, Findings out) {}

  default void oneof(Pairs.OneofPair pair, Findings out) {}

  default void enumType(Pairs.EnumPair pair, Findings out) {}

  default void enumValue(Pairs.EnumValuePair pair, Findings out) {}

  default void rpc(Pairs.RpcPair pair, Findings out) {}
}
