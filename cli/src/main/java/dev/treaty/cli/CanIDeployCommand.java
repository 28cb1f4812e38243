package dev.treaty.cli;

import dev.treaty.client.model.CanIDeployRequest;
import dev.treaty.client.model.DeployCheck;
import dev.treaty.client.model.PairVerification;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treaty can-i-deploy APP VERSION --to ENV}: does this version agree with everything running
 * there? Exit 0 yes, 1 no, with the pairs checked and why they fail.
 */
@Command(name = "can-i-deploy", description = "Check an application version against an environment before deploying it.")
final class CanIDeployCommand extends RegistryCommand {

  @Parameters(index = "0", paramLabel = "APP")
  String application;

  @Parameters(index = "1", paramLabel = "VERSION")
  String version;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--to", paramLabel = "ENV", required = true,
        description = "Against the versions deployed in ENV (this application's own one replaced).")
    String environment;

    @Option(names = "--to-latest", required = true,
        description = "Against the latest published version of every other application.")
    boolean latest;
  }

  @Option(names = "--require-verification",
      description = "Also refuse unless a producer build recorded a passing verification of every application pair.")
  boolean requireVerification;

  @Option(names = "--record",
      description = "Keep the answer in the registry's events (CAN_I_DEPLOY_PASSED or _FAILED), which webhooks receive: "
          + "for the pipeline that gates the deployment. Needs a writer grant on APP.")
  boolean record;

  @Option(names = "--build-url", paramLabel = "URL", description = "With --record: the pipeline run, kept in the event.")
  String buildUrl;

  @Override
  int run() {
    OutputFormat format = output();
    if (buildUrl != null && !record) {
      throw new InputException("--build-url needs --record");
    }
    String environment = target.latest ? null : target.environment;
    DeployCheck check = record
        ? client().recordCanIDeploy(new CanIDeployRequest(application, version, environment,
            target.latest ? Boolean.TRUE : null, requireVerification ? Boolean.TRUE : null, buildUrl))
        : client().canIDeploy(application, version, environment, requireVerification);
    if (format == OutputFormat.JSON) {
      JsonOutput.print(session().out(), check);
    } else {
      String where = check.environment() == null ? "the latest versions" : check.environment();
      String summary = "can-i-deploy " + application + " " + version + " to " + where + ": "
          + (check.deployable() ? "yes" : "no") + " (" + PairPrinter.count(check.pairs()) + ")";
      PairPrinter.print(session(), format, check.pairs(), summary);
      for (PairVerification verification : check.verifications()) {
        println("  verification of " + verification.producer() + " " + verification.producerVersion() + " against "
            + verification.consumer() + " " + verification.consumerVersion() + ": " + verification.status());
      }
    }
    return check.deployable() ? ExitCodes.OK : ExitCodes.INCOMPATIBLE;
  }
}
