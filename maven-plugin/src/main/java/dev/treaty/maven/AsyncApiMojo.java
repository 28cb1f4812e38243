package dev.treaty.maven;

import dev.treaty.client.ReferenceResolver;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.asyncapi.AsyncApi;
import dev.treaty.client.asyncapi.AsyncApiSource;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.client.model.Schema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the AsyncAPI 3.0 document of this build's contract (configured as for {@code
 * publish-contract}), built exactly as the registry builds it. Offline for schemas given as files;
 * a registered version named in the contract, and the references of any schema, are read from the
 * registry, which must then be configured.
 */
@Mojo(name = "asyncapi", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class AsyncApiMojo extends LocalContractMojo {

  /** Who owns the application, a person or team: the document's {@code info.contact.name}. */
  @Parameter(property = "treaty.owner")
  String owner;

  /** What the application does: the document's {@code info.description}; by default the project's description. */
  @Parameter(property = "treaty.description", defaultValue = "${project.description}")
  String description;

  /** Where the document goes; a name ending in {@code .yaml} or {@code .yml} gets YAML, any other JSON. */
  @Parameter(property = "treaty.asyncApiFile", defaultValue = "${project.build.directory}/treaty/asyncapi.json")
  File outputFile;

  @Override
  void run() throws MojoExecutionException {
    ContractRequest contract = localContract();
    if (contract.produces().isEmpty() && contract.consumes().isEmpty()) {
      throw new MojoExecutionException("No contract: configure produces or consumes, or let the tests write " + contractFile);
    }
    String document;
    try {
      AsyncApiSource source = new AsyncApiSource(application, applicationVersion, description, owner, null,
          sides(contract.produces()), sides(contract.consumes()));
      String name = outputFile.getName().toLowerCase(Locale.ROOT);
      boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
      document = yaml ? AsyncApi.yaml(AsyncApi.document(source)) : AsyncApi.json(AsyncApi.document(source));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("The AsyncAPI document of " + application + " cannot be built: " + e.getMessage(), e);
    }
    try {
      Files.createDirectories(outputFile.toPath().toAbsolutePath().getParent());
      Files.writeString(outputFile.toPath(), document);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + outputFile + ": " + e, e);
    }
    getLog().info("Wrote the AsyncAPI document of " + application + " " + applicationVersion + " to " + outputFile
        + ": produces " + contract.produces().size() + ", consumes " + contract.consumes().size() + " subject(s)");
  }

  private List<AsyncApiSource.Side> sides(List<ContractEntry> entries) throws MojoExecutionException {
    List<AsyncApiSource.Side> sides = new ArrayList<>();
    for (ContractEntry entry : entries) {
      sides.add(side(entry));
    }
    return sides;
  }

  /** An entry naming a registered version gets its schema from the registry, as publication would. */
  private AsyncApiSource.Side side(ContractEntry entry) throws MojoExecutionException {
    ContractEntry complete = entry;
    try {
      if (entry.schema() == null || entry.schema().isEmpty()) {
        String version = entry.version() == null || entry.version() < 0 ? "latest" : entry.version().toString();
        Schema registered = client().version(entry.subject(), version, false);
        complete = new ContractEntry(entry.subject(), registered.schemaType() == null ? "AVRO" : registered.schemaType(),
            registered.schema(), registered.references(), registered.version(), entry.examples());
      }
      Map<String, String> references = new LinkedHashMap<>();
      if (!complete.references().isEmpty()) {
        ReferenceResolver.of(client()).resolve(complete.references())
            .forEach(resolved -> references.put(resolved.name(), resolved.text()));
      }
      return new AsyncApiSource.Side(complete, references);
    } catch (RegistryClientException | IllegalArgumentException e) {
      throw new MojoExecutionException("Cannot read " + entry.subject() + " from the registry: " + e.getMessage(), e);
    }
  }
}
