package dev.treaty.junit;

/**
 * Schemas that refer to another subject's schema, one per format: an Avro record using a named
 * type, a .proto importing another file, a JSON Schema with a {@code $ref}.
 */
final class ReferenceSchemas {

  static final String MONEY_AVRO = """
      {"type":"record","name":"Money","namespace":"shop","fields":[{"name":"cents","type":"long"},
        {"name":"currency","type":"string"}]}""";

  /** Money as a producer writes it that stopped writing the currency. */
  static final String MONEY_AVRO_WITHOUT_CURRENCY = """
      {"type":"record","name":"Money","namespace":"shop","fields":[{"name":"cents","type":"long"}]}""";

  static final String PAYMENT_AVRO = """
      {"type":"record","name":"Payment","namespace":"shop","fields":[{"name":"id","type":"string"},
        {"name":"total","type":"shop.Money"}]}""";

  static final String MONEY_PROTO = """
      syntax = "proto3";
      package shop;
      message Money { int64 cents = 1; string currency = 2; }
      """;

  static final String TRANSFER_PROTO = """
      syntax = "proto3";
      package shop;
      import "shop/money.proto";
      message Transfer { string id = 1; shop.Money amount = 2; }
      """;

  static final String ADDRESS_JSON = """
      {"type":"object","properties":{"street":{"type":"string","minLength":1}},"required":["street"]}""";

  static final String CUSTOMER_JSON = """
      {"type":"object","properties":{"name":{"type":"string"},"address":{"$ref":"address.json"}},
        "required":["name","address"]}""";

  private ReferenceSchemas() {}
}
