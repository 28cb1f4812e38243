package dev.treaty.compatibility.protobuf.internal.confluent;

import dev.treaty.compatibility.protobuf.internal.Label;
import dev.treaty.compatibility.protobuf.internal.Pairs;

/** Confluent compares labels only of scalar fields that carry an explicit label on both sides. */
final class LabelChange {

  private LabelChange() {}

  static boolean changed(Pairs.FieldPair pair) {
    return pair.both()
        && pair.writer().label() != Label.NONE
        && pair.reader().label() != Label.NONE
        && pair.writer().label() != pair.reader().label()
        && TypeDifferences.kind(pair.writer().type()) == TypeDifferences.Kind.SCALAR
        && TypeDifferences.kind(pair.reader().type()) == TypeDifferences.Kind.SCALAR;
  }
}
