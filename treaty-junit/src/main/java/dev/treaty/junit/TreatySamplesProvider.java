package dev.treaty.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractSnapshot;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.SampleRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** The arguments of {@link TreatySamples}: every producer's examples and samples, decoded for this consumer. */
final class TreatySamplesProvider implements ArgumentsProvider, AnnotationConsumer<TreatySamples> {

  private TreatySamples source;

  @Override
  public void accept(TreatySamples annotation) {
    this.source = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    TreatyRun run = TreatyRun.of(context);
    ContractEntry own = new ContractEntry(source.subject(), typeOf(source.readerSchema()), read(source.readerSchema()),
        Arrays.stream(source.references()).map(SchemaReference::parse).toList(), null, List.of());
    ContractSnapshot contracts = ContractSource.contracts(run.settings(), source.subject());
    ParsedSchema reader = ContractSchemas.parseOwn(own, contracts, run.settings());
    String message = source.message().isEmpty() ? null : source.message();
    List<Arguments> events = new ArrayList<>();
    for (Contract producer : contracts.subjects().get(source.subject()).producers()) {
      if (run.settings().application().filter(producer.application()::equals).isPresent()) {
        continue;
      }
      for (ContractEntry entry : producer.produces()) {
        if (entry.subject().equals(source.subject())) {
          events.addAll(eventsOf(producer, entry, contracts, reader, message));
        }
      }
    }
    run.contract().consumes(own);
    if (events.isEmpty()) {
      throw new IllegalStateException("No producer of " + source.subject() + " has published a contract, so there is nothing"
          + " to feed the handler; publish the producer's contract first (or pull a snapshot that has it)");
    }
    return events.stream();
  }

  private List<Arguments> eventsOf(
      Contract producer, ContractEntry entry, ContractSnapshot contracts, ParsedSchema reader, String message) {
    ParsedSchema writer = ContractSchemas.parse(entry, producer.application() + " " + producer.version(), contracts);
    List<Arguments> events = new ArrayList<>();
    for (int i = 0; i < entry.examples().size(); i++) {
      JsonNode example = entry.examples().get(i);
      events.add(event(producer, "example " + i, example.toString(), writer, reader, message));
    }
    String writerMessage = message;
    List<String> samples = writer.format().samples(writer, new SampleRequest(source.count(), source.seed(), writerMessage));
    for (int i = 0; i < samples.size(); i++) {
      events.add(event(producer, "sample " + i + " of seed " + source.seed(), samples.get(i), writer, reader, message));
    }
    return events;
  }

  private static Arguments event(Contract producer, String origin, String json, ParsedSchema writer, ParsedSchema reader,
      String message) {
    Object decoded = null;
    RuntimeException failure = null;
    try {
      decoded = ReaderDecoding.decode(json, writer, reader, message);
    } catch (Exception e) {
      failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }
    ProducedEvent event = new ProducedEvent(producer.application(), producer.version(), origin, json, decoded, failure);
    return Arguments.of(Named.of(event.toString(), event));
  }

  private static String typeOf(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".proto") ? "PROTOBUF" : name.endsWith(".json") ? "JSON" : "AVRO";
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the reader schema " + path, e);
    }
  }
}
