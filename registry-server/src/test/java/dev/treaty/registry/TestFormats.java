package dev.treaty.registry;

import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;

/** The formats the tests run the server with: the real ones. */
final class TestFormats {

  static final List<SchemaFormat> ALL = SchemaFormats.all();

  private TestFormats() {}
}
