package dev.treaty.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * The contract of this build as the contract goals configure it: the file the treaty-junit
 * extension wrote while the tests ran, or {@code produces} / {@code consumes} schema files with
 * {@code examples}, never both.
 */
final class LocalContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, File> produces;
  private final Map<String, File> consumes;
  private final Map<String, File> examples;
  private final Map<String, String> schemaTypes;
  private final File contractFile;
  private final boolean decodeSubject;

  LocalContract(Map<String, File> produces, Map<String, File> consumes, Map<String, File> examples,
      Map<String, String> schemaTypes, File contractFile, boolean decodeSubject) {
    this.produces = produces;
    this.consumes = consumes;
    this.examples = examples;
    this.schemaTypes = schemaTypes;
    this.contractFile = contractFile;
    this.decodeSubject = decodeSubject;
  }

  ContractRequest read() throws MojoExecutionException {
    boolean configured = produces != null && !produces.isEmpty() || consumes != null && !consumes.isEmpty();
    if (contractFile != null && contractFile.isFile()) {
      if (configured) {
        throw new MojoExecutionException("The contract is declared twice: by the tests in " + contractFile
            + " and by produces/consumes in the plugin configuration; keep one");
      }
      return readContractFile();
    }
    List<ContractEntry> produced = entries(produces, false);
    List<ContractEntry> consumed = entries(consumes, true);
    for (String key : examples == null ? List.<String>of() : examples.keySet()) {
      if (Stream.concat(produced.stream(), consumed.stream()).noneMatch(entry -> entry.subject().equals(subject(key)))) {
        throw new MojoExecutionException("examples are given for " + subject(key) + ", which is in neither produces nor consumes");
      }
    }
    return new ContractRequest(produced, consumed);
  }

  private ContractRequest readContractFile() throws MojoExecutionException {
    try {
      return JSON.readValue(read(contractFile.toPath()), ContractRequest.class);
    } catch (JsonProcessingException e) {
      throw new MojoExecutionException("The contract file " + contractFile + " is not a contract: " + e.getOriginalMessage(), e);
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
