package dev.treaty.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.RegistryException;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code treaty contract publish APP VERSION}: declares what a version produces and consumes. */
@Command(name = "publish", description = "Publish what an application version produces and consumes.")
final class ContractPublishCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "APP", description = "Application name.")
  String application;

  @Parameters(index = "1", paramLabel = "VERSION", description = "Application version (a semver, a commit...).")
  String version;

  @Option(names = "--produces", paramLabel = "SUBJECT=FILE|SUBJECT@VERSION",
      description = "A subject the application writes, with the schema it writes (repeatable).")
  List<String> produces = new ArrayList<>();

  @Option(names = "--consumes", paramLabel = "SUBJECT=FILE|SUBJECT@VERSION",
      description = "A subject the application reads, with the schema it reads with (repeatable).")
  List<String> consumes = new ArrayList<>();

  @Option(names = "--example", paramLabel = "SUBJECT=FILE",
      description = "A message (one JSON value per file) a consumed subject must accept, or an event a produced one"
          + " sends (repeatable).")
  List<String> examples = new ArrayList<>();

  @Override
  int run() {
    OutputFormat format = textOrJson();
    Map<String, List<JsonNode>> bySubject = examples();
    List<ContractEntry> consumed = new ArrayList<>();
    for (String value : consumes) {
      ContractEntry entry = ContractEntryOption.parse(value).entry(session());
      consumed.add(entry.withExamples(bySubject.getOrDefault(entry.subject(), List.of())));
      bySubject.remove(entry.subject());
    }
    // an example of a subject only produced is an event the application sends, offered to its consumers
    List<ContractEntry> produced = new ArrayList<>();
    for (String value : produces) {
      ContractEntry entry = ContractEntryOption.parse(value).entry(session());
      produced.add(entry.withExamples(bySubject.getOrDefault(entry.subject(), List.of())));
      bySubject.remove(entry.subject());
    }
    if (!bySubject.isEmpty()) {
      throw new InputException("--example for " + bySubject.keySet().iterator().next() + ", which is neither produced nor consumed");
    }
    Contract contract;
    try {
      contract = client().publishContract(application, version, new ContractRequest(produced, consumed));
    } catch (RegistryException e) {
      if (e.errorCode() == 40920) {
        throw new InputException(e.getMessage(), e); // a mistake to fix, not an incompatibility
      }
      throw e;
    }
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), contract);
    } else {
      println("Published " + application + " " + version + ": produces " + contract.produces().size()
          + ", consumes " + contract.consumes().size());
    }
    return ExitCodes.OK;
  }

  private Map<String, List<JsonNode>> examples() {
    Map<String, List<JsonNode>> bySubject = new LinkedHashMap<>();
    for (String value : examples) {
      ContractEntryOption option = ContractEntryOption.parse(value);
      if (option.file() == null) {
        throw new InputException("Bad --example '" + value + "': use SUBJECT=FILE");
      }
      String text = SchemaFile.text(session(), option.file());
      try {
        bySubject.computeIfAbsent(option.subject(), s -> new ArrayList<>()).add(JsonOutput.MAPPER.readTree(text));
      } catch (JsonProcessingException e) {
        throw new InputException(option.file() + " is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return bySubject;
  }
}
