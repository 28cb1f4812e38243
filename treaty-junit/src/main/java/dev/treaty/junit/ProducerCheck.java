package dev.treaty.junit;

import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractSnapshot;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.CompatibilityChecker;
import dev.treaty.compatibility.Direction;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SchemaFormat;
import dev.treaty.compatibility.SchemaFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.generic.GenericContainer;
import org.opentest4j.AssertionFailedError;

/**
 * Checks an event the producer's code built: it conforms to the producer's schema for the
 * subject, and every consumer's reader schema reads it (the consumers' latest contracts, or those
 * deployed in {@code treaty.environment}). The schema is declared as produced in the contract the
 * tests write, with the event as an example when it conforms. Not thread-safe: one per check.
 */
public final class ProducerCheck {

  private static final CompatibilityChecker CHECKER = new CompatibilityChecker();

  private final TreatyRun run;
  private final String subject;
  private String schemaType;
  private String schemaText;
  private final List<SchemaReference> references = new ArrayList<>();

  ProducerCheck(TreatyRun run, String subject) {
    this.run = run;
    this.subject = subject;
  }

  /** The schema the producer writes with; Avro records bring their own, so only others need it. */
  public ProducerCheck schema(String type, String text) {
    this.schemaType = type.toUpperCase(Locale.ROOT);
    this.schemaText = text;
    return this;
  }

  /** The schema from a file; {@code .avsc} is Avro, {@code .proto} Protobuf, {@code .json} JSON Schema. */
  public ProducerCheck schemaFile(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    String type = name.endsWith(".proto") ? "PROTOBUF" : name.endsWith(".json") ? "JSON" : "AVRO";
    try {
      return schema(type, Files.readString(Path.of(path)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema " + path, e);
    }
  }

  /**
   * A registered schema the producer's schema refers to: {@code name} is how it names it (an Avro
   * full name, a .proto import path, a JSON Schema {@code $ref}). The schema is fetched from the
   * registry, or from the contracts file when offline.
   */
  public ProducerCheck reference(String name, String subject, int version) {
    references.add(new SchemaReference(name, subject, version));
    return this;
  }

  /**
   * Fails, naming the consumer, the field path and the remedy, when the event does not conform to
   * the producer's schema or a consumer's reader schema cannot read it.
   */
  public void assertReadableByConsumers(Object event) {
    if (schemaText == null && event instanceof GenericContainer avro) {
      schema("AVRO", avro.getSchema().toString());
    }
    if (schemaText == null) {
      throw new IllegalStateException("Give the schema " + subject + " is written with: producer(subject).schemaFile(...)");
    }
    ContractEntry own = new ContractEntry(subject, schemaType, schemaText, references, null, List.of());
    ContractSnapshot contracts = ContractSource.contracts(run.settings(), subject);
    ParsedSchema writer = ContractSchemas.parseOwn(own, contracts, run.settings());
    SchemaFormat format = writer.format();
    String json = EventJson.of(event);
    List<String> problems = new ArrayList<>();
    for (Finding finding : format.validate(writer, json)) {
      if (finding.isBreaking()) {
        problems.add("The event does not conform to this application's schema of " + subject + ": at "
            + where(finding.path()) + ", " + finding.message());
      }
    }
    // an event the code really builds is the best example to offer consumers, once it conforms
    run.contract().produces(problems.isEmpty() ? own.withExamples(List.of(EventJson.tree(json))) : own);
    for (Contract consumer : contracts.subjects().get(subject).consumers()) {
      if (run.settings().application().filter(consumer.application()::equals).isPresent()) {
        continue;
      }
      for (ContractEntry entry : consumer.consumes()) {
        if (entry.subject().equals(subject)) {
          List<String> found = consumerProblems(consumer, entry, contracts, writer, json);
          run.verdict(consumer.application(), consumer.version(), found.isEmpty());
          problems.addAll(found);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionFailedError(String.join("\n", problems));
    }
  }

  private List<String> consumerProblems(
      Contract consumer, ContractEntry entry, ContractSnapshot contracts, ParsedSchema writer, String json) {
    String who = "Consumer " + consumer.application() + " " + consumer.version();
    ParsedSchema reader = ContractSchemas.parse(entry, consumer.application() + " " + consumer.version(), contracts);
    List<String> problems = new ArrayList<>();
    for (Finding finding : CHECKER.checkPair(reader, writer, Direction.BACKWARD, null, CheckOptions.DEFAULTS)) {
      if (!finding.isBreaking()) {
        continue; // a safe change (a default used, a writer field the reader skips) is no problem
      }
      problems.add(who + " cannot read " + subject + " as this application writes it: " + finding.ruleId() + " at "
          + where(finding.path()) + ": " + finding.message() + " Remedy: keep writing what " + consumer.application()
          + " reads (or have " + consumer.application() + " release a reader schema that no longer needs it) before releasing this change.");
    }
    if (reader.format() == SchemaFormats.JSON) {
      for (Finding finding : reader.format().validate(reader, json)) {
        if (finding.isBreaking()) {
          problems.add(who + " rejects this event at " + where(finding.path()) + ": " + finding.message());
        }
      }
    }
    return problems;
  }

  private static String where(String path) {
    return path == null || path.isEmpty() ? "/" : path;
  }
}
