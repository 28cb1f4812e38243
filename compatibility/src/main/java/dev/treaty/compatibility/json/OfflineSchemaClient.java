package dev.treaty.compatibility.json;

import java.io.InputStream;
import org.everit.json.schema.loader.SchemaClient;

/** A schema client that never goes to the network: every URL it is asked for is unresolved. */
final class OfflineSchemaClient implements SchemaClient {

  static final OfflineSchemaClient INSTANCE = new OfflineSchemaClient();

  /** A {@code $ref} to a document that is not among the given references. */
  static final class UnresolvedReference extends RuntimeException {
    UnresolvedReference(String url) {
      super(url, null, false, false);
    }
  }

  private OfflineSchemaClient() {}

  @Override
  public InputStream get(String url) {
    throw new UnresolvedReference(url);
  }
}
