package dev.treaty.compatibility.protobuf.internal;

import java.util.List;

/** A real oneof (proto3 {@code optional} fields are not modelled as oneofs). */
public record OneofDef(String name, List<Integer> fieldNumbers, String location) {
  public OneofDef {
    fieldNumbers = List.copyOf(fieldNumbers);
  }
}
