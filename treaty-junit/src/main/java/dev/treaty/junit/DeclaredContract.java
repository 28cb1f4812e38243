package dev.treaty.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the tests declared (each subject's schema once, and every distinct example), written to {@code target/treaty/contract.json} when the test run ends,
 * in the body {@code treaty:publish-contract} publishes as it stands. Thread-safe.
 */
final class DeclaredContract {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, ContractEntry> produces = new TreeMap<>();
  private final Map<String, ContractEntry> consumes = new TreeMap<>();

  synchronized void produces(ContractEntry entry) {
    declare(produces, entry, "produces");
  }

  synchronized void consumes(ContractEntry entry) {
    declare(consumes, entry, "consumes");
  }

  private static void declare(Map<String, ContractEntry> side, ContractEntry entry, String role) {
    ContractEntry known = side.get(entry.subject());
    if (known != null && !(known.schema().equals(entry.schema()) && known.schemaType().equals(entry.schemaType()))) {
      throw new IllegalStateException("Two tests declare different schemas that this application " + role + " "
          + entry.subject() + " with; one application version has one schema per subject and side");
    }
    if (known == null) {
      side.put(entry.subject(), entry);
      return;
    }
    List<JsonNode> examples = new ArrayList<>(known.examples());
    entry.examples().stream().filter(example -> !examples.contains(example)).forEach(examples::add);
    side.put(entry.subject(), known.withExamples(examples));
  }

  synchronized void write(Path file) {
    if (produces.isEmpty() && consumes.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      ContractRequest request = new ContractRequest(new ArrayList<>(produces.values()), new ArrayList<>(consumes.values()));
      Files.writeString(file, JSON.writeValueAsString(request) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the contract to " + file, e);
    }
  }

  synchronized List<String> producedSubjects() {
    return List.copyOf(produces.keySet());
  }
}
