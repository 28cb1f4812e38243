package dev.treaty.compatibility.protobuf.internal.validity;

import java.util.List;

/** proto3 has no extension ranges and no groups; those belong to proto2 (and editions, for ranges). */
final class Proto3Only implements ValidityRule {

  @Override
  public void check(Source source, List<Problem> out) {
    if (!source.proto3()) {
      return;
    }
    source.eachMessage((message, name) -> {
      message.getExtensions().forEach(extensions ->
          out.add(new Problem(extensions.getLocation(), "Extension ranges are not allowed in proto3.")));
      message.getGroups().forEach(group ->
          out.add(new Problem(group.getLocation(), "Groups are not supported in proto3 syntax.")));
    });
  }
}
