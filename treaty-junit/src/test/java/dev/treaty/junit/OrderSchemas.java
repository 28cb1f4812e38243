package dev.treaty.junit;

/** The Avro schemas of the scenarios: an order the producer writes, and the consumer's reader. */
final class OrderSchemas {

  static final String WITH_EMAIL = """
      {"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"string"},
        {"name":"email","type":"string"},{"name":"note","type":["null","string"],"default":null}]}""";

  static final String WITHOUT_EMAIL = """
      {"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"string"},
        {"name":"note","type":["null","string"],"default":null}]}""";

  private OrderSchemas() {}
}
