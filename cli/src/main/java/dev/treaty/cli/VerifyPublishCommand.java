package dev.treaty.cli;

import dev.treaty.client.model.VerificationResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty verify publish PRODUCER VERSION --consumer APP --consumer-version V --passed|--failed}:
 * records that a producer build verified one consumer version, which
 * {@code can-i-deploy --require-verification} then trusts.
 */
@Command(name = "publish", description = "Record that a producer version was verified against a consumer version.")
final class VerifyPublishCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "PRODUCER")
  String producer;

  @Parameters(index = "1", paramLabel = "VERSION")
  String version;

  @Option(names = "--consumer", paramLabel = "APP", required = true)
  String consumer;

  @Option(names = "--consumer-version", paramLabel = "V", required = true)
  String consumerVersion;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Verdict verdict;

  @Option(names = "--build-url", paramLabel = "URL", description = "The build that ran the tests.")
  String buildUrl;

  static final class Verdict {
    @Option(names = "--passed", required = true, description = "The tests passed.")
    boolean passed;

    @Option(names = "--failed", required = true, description = "The tests failed.")
    boolean failed;
  }

  @Override
  int run() {
    OutputFormat format = textOrJson();
    VerificationResult recorded = client().recordVerification(
        new VerificationResult(producer, version, consumer, consumerVersion, verdict.passed, buildUrl, null));
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), recorded);
    } else {
      println("Recorded: " + producer + " " + version + " verified against " + consumer + " " + consumerVersion + ": "
          + (recorded.passed() ? "passed" : "failed"));
    }
    return ExitCodes.OK;
  }
}
