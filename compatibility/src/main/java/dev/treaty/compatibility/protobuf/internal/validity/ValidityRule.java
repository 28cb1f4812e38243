package dev.treaty.compatibility.protobuf.internal.validity;

import java.util.List;

/** One of the checks protoc makes after parsing; each adds the problems it finds to {@code out}. */
interface ValidityRule {

  void check(Source source, List<Problem> out);
}
