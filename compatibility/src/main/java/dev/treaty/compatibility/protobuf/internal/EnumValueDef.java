package dev.treaty.compatibility.protobuf.internal;

/** One enum constant; several may share a number when the enum allows aliases. */
public record EnumValueDef(String name, int number, String location) {}
