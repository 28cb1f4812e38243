package dev.treaty.compatibility.lint.internal;

/** What a field holds, in terms every format can say; logical types and formats included. */
public enum ValueType {
  STRING, UUID, TIMESTAMP, DATE, DECIMAL, FLOAT, INTEGER, BOOLEAN, BYTES, RECORD, ENUM, ARRAY, MAP, OTHER
}
