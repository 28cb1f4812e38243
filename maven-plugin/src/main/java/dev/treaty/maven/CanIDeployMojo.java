package dev.treaty.maven;

import dev.treaty.client.RegistryClientException;
import dev.treaty.client.RegistryUnreachableException;
import dev.treaty.client.model.CanIDeployRequest;
import dev.treaty.client.model.ContractPair;
import dev.treaty.client.model.DeployCheck;
import dev.treaty.client.model.PairVerification;
import dev.treaty.client.model.ExampleProblem;
import dev.treaty.client.model.Incompatibility;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Asks whether this application version agrees with everything deployed in an environment (or with
 * the latest published version of every other application) and fails the build with the failing
 * producer–consumer pairs and their reasons when it does not.
 */
@Mojo(name = "can-i-deploy", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CanIDeployMojo extends RegistryMojo {

  /** The application's name; by default the artifactId. */
  @Parameter(property = "treaty.application", defaultValue = "${project.artifactId}", required = true)
  String application;

  /** The application's version; by default the project version. */
  @Parameter(property = "treaty.applicationVersion", defaultValue = "${project.version}", required = true)
  String applicationVersion;

  /** The environment to check against, e.g. {@code prod}. */
  @Parameter(property = "treaty.environment")
  String environment;

  /** Checks against the latest published version of every other application instead of an environment. */
  @Parameter(property = "treaty.toLatest", defaultValue = "false")
  boolean toLatest;

  /** Also refuses unless a producer build recorded a passing verification of every application pair. */
  @Parameter(property = "treaty.requireVerification", defaultValue = "false")
  boolean requireVerification;

  /**
   * Keeps the answer in the registry's events ({@code CAN_I_DEPLOY_PASSED} or {@code _FAILED}), which
   * webhooks receive: for the build that gates a deployment. Needs a writer grant on the application.
   */
  @Parameter(property = "treaty.record", defaultValue = "false")
  boolean record;

  /** With {@code record}: the CI run, kept in the event (e.g. {@code ${env.BUILD_URL}}). */
  @Parameter(property = "treaty.buildUrl")
  String buildUrl;

  /** Reports a "no" as warnings instead of failing the build. */
  @Parameter(property = "treaty.failOnIncompatible", defaultValue = "true")
  boolean failOnIncompatible;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    boolean hasEnvironment = environment != null && !environment.isBlank();
    if (hasEnvironment == toLatest) {
      throw new MojoExecutionException("can-i-deploy needs either environment or toLatest");
    }
    DeployCheck check;
    try {
      check = record
          ? client().recordCanIDeploy(new CanIDeployRequest(application, applicationVersion, toLatest ? null : environment,
              toLatest ? Boolean.TRUE : null, requireVerification ? Boolean.TRUE : null,
              buildUrl == null || buildUrl.isBlank() ? null : buildUrl))
          : client().canIDeploy(application, applicationVersion, toLatest ? null : environment, requireVerification);
    } catch (RegistryUnreachableException e) {
      if (failOnUnreachable) {
        throw new MojoExecutionException("can-i-deploy could not reach the registry: " + e.getMessage(), e);
      }
      getLog().warn("can-i-deploy could not reach the registry, so nothing was checked (failOnUnreachable is false): "
          + e.getMessage());
      return;
    } catch (RegistryClientException e) {
      throw new MojoExecutionException("can-i-deploy could not ask the registry: " + e.getMessage(), e);
    }
    String where = toLatest ? "the latest versions" : environment;
    check.pairs().stream().filter(ContractPair::compatible)
        .forEach(pair -> getLog().info(heading(pair) + ": agrees"));
    List<ContractPair> failing = check.pairs().stream().filter(pair -> !pair.compatible()).toList();
    List<PairVerification> unverified = check.verifications().stream().filter(v -> !v.passed()).toList();
    if (failing.isEmpty() && unverified.isEmpty()) {
      getLog().info("can-i-deploy: " + application + " " + applicationVersion + " can be deployed to " + where
          + " (" + check.pairs().size() + " pair(s) agree)");
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("can-i-deploy: " + application + " " + applicationVersion + " cannot be deployed to " + where + ": "
        + failing.size() + " of " + check.pairs().size() + " pair(s) fail"
        + (unverified.isEmpty() ? "" : ", " + unverified.size() + " application pair(s) lack a passing verification"));
    for (PairVerification verification : unverified) {
      lines.add(verification.producer() + " " + verification.producerVersion() + " -> " + verification.consumer() + " "
          + verification.consumerVersion() + ": verification " + verification.status()
          + " (the producer's contract tests record it; see docs/contract-testing.md)");
    }
    for (ContractPair pair : failing) {
      lines.add(heading(pair) + ":");
      for (Incompatibility finding : pair.findings()) {
        lines.add("  - " + finding.ruleId() + " at " + where(finding.path()) + ": " + finding.message());
      }
      for (ExampleProblem problem : pair.examples()) {
        lines.add("  - example " + problem.example() + ": " + problem.ruleId() + " at " + where(problem.path()) + ": "
            + problem.message());
      }
    }
    if (failOnIncompatible) {
      throw new MojoFailureException(String.join("\n", lines));
    }
    lines.forEach(getLog()::warn);
  }

  private static String heading(ContractPair pair) {
    return pair.subject() + ": " + pair.producer() + " " + pair.producerVersion() + " -> " + pair.consumer() + " "
        + pair.consumerVersion();
  }

  private static String where(String path) {
    return path == null || path.isEmpty() ? "/" : path;
  }
}
