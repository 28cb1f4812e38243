package dev.treaty.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the contract of this build: the subjects the application produces (with the schema
 * it writes) and consumes (with the schema it reads with, and example messages). Publishing the
 * same contract again changes nothing; a different one for the same version fails the build.
 */
@Mojo(name = "publish-contract", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PublishContractMojo extends RegistryMojo {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The application's name; by default the artifactId. */
  @Parameter(property = "treaty.application", defaultValue = "${project.artifactId}", required = true)
  String application;

  /** The application's version; by default the project version (a commit id suits snapshots better). */
  @Parameter(property = "treaty.applicationVersion", defaultValue = "${project.version}", required = true)
  String applicationVersion;

  /** Subject to the schema file the application writes; the element name is the subject. */
  @Parameter
  Map<String, File> produces;

  /** Subject to the schema file the application reads the subject with. */
  @Parameter
  Map<String, File> consumes;

  /**
   * Subject to a JSON file holding one example message, or a folder of such {@code .json} files: for a
   * consumed subject messages it must accept, for a subject only produced events it sends.
   */
  @Parameter
  Map<String, File> examples;

  /** Subject to {@code AVRO}, {@code PROTOBUF} or {@code JSON}; by default the file extension decides, else AVRO. */
  @Parameter
  Map<String, String> schemaTypes;

  /**
   * The contract written by the treaty-junit extension while the tests ran; published as it stands
   * when {@code produces} and {@code consumes} are not configured (declaring both ways is refused).
   */
  @Parameter(property = "treaty.contractFile", defaultValue = "${project.build.directory}/treaty/contract.json")
  File contractFile;

  /** Decodes {@code _xHH} in subject names, so that {@code _x3A} can stand for {@code :}. */
  @Parameter(defaultValue = "true")
  boolean decodeSubject;

  @Override
  void run() throws MojoExecutionException {
    boolean configured = produces != null && !produces.isEmpty() || consumes != null && !consumes.isEmpty();
    if (contractFile != null && contractFile.isFile()) {
      if (configured) {
        throw new MojoExecutionException("The contract is declared twice: by the tests in " + contractFile
            + " and by produces/consumes in the plugin configuration; keep one");
      }
      publish(readContractFile());
      return;
    }
    List<ContractEntry> produced = entries(produces, false);
    List<ContractEntry> consumed = entries(consumes, true);
    for (String key : examples == null ? List.<String>of() : examples.keySet()) {
      if (Stream.concat(produced.stream(), consumed.stream()).noneMatch(entry -> entry.subject().equals(subject(key)))) {
        throw new MojoExecutionException("examples are given for " + subject(key) + ", which is in neither produces nor consumes");
      }
    }
    publish(new ContractRequest(produced, consumed));
  }

  private ContractRequest readContractFile() throws MojoExecutionException {
    try {
      return JSON.readValue(read(contractFile.toPath()), ContractRequest.class);
    } catch (JsonProcessingException e) {
      throw new MojoExecutionException("The contract file " + contractFile + " is not a contract: " + e.getOriginalMessage(), e);
    }
  }

  private void publish(ContractRequest request) throws MojoExecutionException {
    try {
      Contract contract = client().publishContract(application, applicationVersion, request);
      getLog().info("Published the contract of " + application + " " + applicationVersion + ": produces "
          + contract.produces().size() + ", consumes " + contract.consumes().size() + " subject(s)");
    } catch (RegistryClientException e) {
      throw new MojoExecutionException("The contract of " + application + " " + applicationVersion
          + " was not published: " + e.getMessage(), e);
    }
  }

  private List<ContractEntry> entries(Map<String, File> files, boolean consumed) throws MojoExecutionException {
    List<ContractEntry> entries = new ArrayList<>();
    for (Map.Entry<String, File> configured : files == null ? List.<Map.Entry<String, File>>of() : files.entrySet()) {
      String subject = subject(configured.getKey());
      File file = configured.getValue();
      String type = SubjectSchema.typeOf(schemaTypes == null ? null : schemaTypes.get(configured.getKey()), file);
      ContractEntry entry = ContractEntry.inline(subject, type, read(file.toPath()));
      // on a subject only produced, examples are events the application sends, offered to its consumers
      boolean alsoConsumed = !consumed && consumes != null && consumes.containsKey(configured.getKey());
      if (!alsoConsumed && examples != null && examples.containsKey(configured.getKey())) {
        entry = entry.withExamples(examples(examples.get(configured.getKey()).toPath()));
      }
      entries.add(entry);
    }
    return entries;
  }

  private String subject(String key) {
    return decodeSubject ? SubjectNames.decode(key) : key;
  }

  private static List<JsonNode> examples(Path path) throws MojoExecutionException {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> listed = Files.list(path)) {
        files = listed.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot list the examples in " + path + ": " + e, e);
      }
    } else {
      files = List.of(path);
    }
    List<JsonNode> examples = new ArrayList<>();
    for (Path file : files) {
      try {
        examples.add(JSON.readTree(read(file)));
      } catch (JsonProcessingException e) {
        throw new MojoExecutionException("The example " + file + " is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return examples;
  }

  private static String read(Path file) throws MojoExecutionException {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + file + ": " + e, e);
    }
  }
}
