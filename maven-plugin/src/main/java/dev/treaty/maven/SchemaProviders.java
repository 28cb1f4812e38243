package dev.treaty.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Confluent's {@code schemaProviders} parameter: class names of the providers whose schema types
 * the build may use. Confluent's plugin instantiates them; Treaty has its three formats built in,
 * so it maps Confluent's three providers onto them and refuses any other class by name.
 */
final class SchemaProviders {

  private static final Map<String, String> CONFLUENT = Map.of(
      "io.confluent.kafka.schemaregistry.avro.AvroSchemaProvider", "AVRO",
      "io.confluent.kafka.schemaregistry.json.JsonSchemaProvider", "JSON",
      "io.confluent.kafka.schemaregistry.protobuf.ProtobufSchemaProvider", "PROTOBUF");

  private SchemaProviders() {}

  /** The schema types the providers give; all three when none is configured, as in Confluent's plugin. */
  static Set<String> types(List<String> providers) throws MojoExecutionException {
    if (providers == null || providers.isEmpty()) {
      return Set.of("AVRO", "JSON", "PROTOBUF");
    }
    Set<String> types = new LinkedHashSet<>();
    for (String provider : providers) {
      String type = CONFLUENT.get(provider.trim());
      if (type == null) {
        throw new MojoExecutionException("schemaProviders: " + provider + " is not a provider Treaty has; it has "
            + String.join(", ", CONFLUENT.keySet().stream().sorted().toList()));
      }
      types.add(type);
    }
    return types;
  }
}
