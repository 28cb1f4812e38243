package dev.treaty.registry;

import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;

/** The formats the tests run the server with. */
final class TestFormats {

  // Until the real Avro format is merged, its placeholder is replaced by a small fake.
  static final List<SchemaFormat> ALL = List.of(new FakeAvroFormat(), SchemaFormats.PROTOBUF, SchemaFormats.JSON);

  private TestFormats() {}
}
