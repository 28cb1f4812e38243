package dev.treaty.compatibility.protobuf.internal;

import java.util.List;

/**
 * An enum with its full name (no leading dot) and its name relative to the file's package.
 *
 * @param closed true for proto2 enums, whose implicit default is the first value
 */
public record EnumType(
    String fullName,
    String relativeName,
    List<EnumValueDef> values,
    Reserved reserved,
    boolean closed,
    boolean proto3,
    String location) {

  public EnumType {
    values = List.copyOf(values);
  }

  public List<String> namesOf(int number) {
    return values.stream().filter(value -> value.number() == number).map(EnumValueDef::name).toList();
  }

  public boolean hasNumber(int number) {
    return values.stream().anyMatch(value -> value.number() == number);
  }
}
