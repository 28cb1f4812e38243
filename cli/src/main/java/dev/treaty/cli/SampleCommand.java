package dev.treaty.cli;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.client.model.SchemaReference;
import dev.treaty.client.model.Samples;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty sample SUBJECT[@VERSION]|FILE}: example events generated from a registered version
 * or a local schema file, one JSON document a line, deterministic for {@code --seed}.
 */
@Command(name = "sample", description = "Generate valid example events from a registered version or a schema file.")
final class SampleCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "SUBJECT[@VERSION]|FILE",
      description = "A subject (its latest version, or @VERSION), or a .avsc, .proto or .json file.")
  String source;

  @Option(names = "--count", paramLabel = "N", defaultValue = "5", description = "How many events (1 to 100; default 5).")
  int count;

  @Option(names = "--seed", paramLabel = "S", description = "The seed; the same seed gives the same events (default: random, printed).")
  Long seed;

  @Option(names = "--message", paramLabel = "FULL.NAME", description = "The Protobuf message (default: the file's first).")
  String message;

  @Option(names = "--type", paramLabel = "TYPE", description = "AVRO, PROTOBUF or JSON, when not clear from the extension.")
  String type;

  @Option(names = "--reference", paramLabel = "NAME=SUBJECT:VERSION", converter = ReferenceOption.class,
      description = "A registered schema the file refers to (repeatable).")
  List<SchemaReference> references = new ArrayList<>();

  @Override
  int run() {
    OutputFormat format = textOrJson();
    if (count < 1 || count > 100) {
      throw new InputException("--count must be between 1 and 100");
    }
    long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1L << 31);
    Samples samples = Files.isRegularFile(session().resolve(source))
        ? client().samples(fileRequest(), count, chosenSeed, message)
        : client().samples(subject(), version(), count, chosenSeed, message);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), samples);
      return ExitCodes.OK;
    }
    // a registered version's examples from producers' contracts come first, as contract tests feed them
    int examples = samples.examples().size();
    session().err().println("seed " + samples.seed() + (samples.subject() == null ? ""
        : ", " + samples.subject() + " version " + samples.version()) + ", " + samples.schemaType()
        + (examples == 0 ? "" : ", after " + examples + " example(s) from producers' contracts"));
    samples.examples().forEach(example -> println(example.value().toString()));
    samples.samples().forEach(sample -> println(sample.toString()));
    return ExitCodes.OK;
  }

  private RegisterSchemaRequest fileRequest() {
    SchemaFile file = SchemaFile.read(session(), source, type);
    return RegisterSchemaRequest.of(file.type(), file.text(), references);
  }

  private String subject() {
    int at = source.lastIndexOf('@');
    return at < 0 ? source : source.substring(0, at);
  }

  private int version() {
    int at = source.lastIndexOf('@');
    String version = at < 0 ? "latest" : source.substring(at + 1);
    if (version.equals("latest")) {
      return -1;
    }
    try {
      return Integer.parseInt(version);
    } catch (NumberFormatException e) {
      throw new InputException("'" + version + "' is not a version; use a number or latest, as in SUBJECT@3");
    }
  }
}
