package dev.treaty.registry.http;

import dev.treaty.client.model.CanIDeployRequest;
import dev.treaty.client.model.ContractEntry;
import dev.treaty.client.model.ContractGate;
import dev.treaty.client.model.DeployCheck;
import dev.treaty.client.model.VerificationResult;
import dev.treaty.client.model.ContractRequest;
import dev.treaty.client.model.DeploymentRequest;
import dev.treaty.registry.contracts.Contracts;
import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Contracts, environments, deployments, can-i-deploy, the matrix and the subjects' contract gates. */
final class ContractsController {

  private final Contracts.Services services;

  ContractsController(Contracts.Services services) {
    this.services = services;
  }

  void applications(Context ctx) {
    Responses.json(ctx, services.contracts().applications());
  }

  void versions(Context ctx) {
    Responses.json(ctx, services.contracts().versions(ctx.pathParam("application")));
  }

  void contract(Context ctx) {
    Responses.json(ctx, services.contracts().contract(ctx.pathParam("application"), ctx.pathParam("version")));
  }

  void publish(Context ctx) {
    ContractRequest request = Requests.body(ctx, ContractRequest.class);
    requireUsable(Requests.access(ctx), request);
    Responses.json(ctx, services.contracts().publish(
        ctx.pathParam("application"), ctx.pathParam("version"), request, Requests.actor(ctx)));
  }

  /**
   * A contract may consume only subjects the caller may read and produce only subjects it may
   * write, and its references may point only into readable subjects: checked before any subject
   * is looked up, so the answer (which copies registered schemas in) shows nothing more, and a
   * subject's existence cannot be probed.
   */
  private static void requireUsable(Access access, ContractRequest request) {
    List<ContractEntry> entries = new ArrayList<>(request.consumes());
    entries.addAll(request.produces());
    access.requireReadable(request.consumes().stream().filter(Objects::nonNull).map(ContractEntry::subject).toList());
    access.requireWritable(request.produces().stream().filter(Objects::nonNull).map(ContractEntry::subject).toList());
    entries.stream().filter(Objects::nonNull).forEach(entry -> access.requireReadableReferences(entry.references()));
  }

  void environments(Context ctx) {
    Responses.json(ctx, services.environments().environments());
  }

  void createEnvironment(Context ctx) {
    services.environments().create(ctx.pathParam("environment"), Requests.actor(ctx));
    Responses.json(ctx, services.environments().deployments(ctx.pathParam("environment")));
  }

  void deployments(Context ctx) {
    Responses.json(ctx, services.environments().deployments(ctx.pathParam("environment")));
  }

  void deploy(Context ctx) {
    DeploymentRequest request = Requests.body(ctx, DeploymentRequest.class);
    Requests.access(ctx).requireWritable(Collections.singletonList(request.application()));
    Responses.json(ctx, services.environments().deploy(
        ctx.pathParam("environment"), request.application(), request.version(), Requests.actor(ctx)));
  }

  void undeploy(Context ctx) {
    Responses.json(ctx, services.environments().undeploy(
        ctx.pathParam("environment"), ctx.pathParam("application"), ctx.queryParam("version"), Requests.actor(ctx)));
  }

  void matrix(Context ctx) {
    Responses.json(ctx, services.verification().matrix(ctx.pathParam("environment")));
  }

  /** {@code ?application=&version=} and either {@code environment=} or {@code latest=true}. */
  void canIDeploy(Context ctx) {
    String application = required(ctx, "application");
    String version = required(ctx, "version");
    String environment = ctx.queryParam("environment");
    boolean latest = Requests.flag(ctx, "latest");
    if ((environment == null) == !latest) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Give either environment or latest=true");
    }
    DeployCheck check = latest
        ? services.verification().canIDeployWithLatest(application, version)
        : services.verification().canIDeploy(application, version, environment);
    Responses.json(ctx, Requests.flag(ctx, "requireVerification") ? services.verifications().requiring(check) : check);
  }

  /**
   * can-i-deploy that records its answer as an event. It shows what the GET shows (the route needs
   * read access everywhere) and writes about the application: a writer of its name, checked before
   * anything is looked up.
   */
  void recordCanIDeploy(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    CanIDeployRequest request = Requests.body(ctx, CanIDeployRequest.class);
    Requests.access(ctx).requireWritable(Collections.singletonList(request == null ? null : request.application()));
    Responses.json(ctx, services.deployChecks().record(request, Requests.actor(ctx)));
  }

  void recordVerification(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    VerificationResult result = Requests.body(ctx, VerificationResult.class);
    // the producer's build records what it verified: a writer of the producer application
    Requests.access(ctx).requireWritable(Collections.singletonList(result == null ? null : result.producer()));
    Responses.json(ctx, services.verifications().record(result, Requests.actor(ctx)));
  }

  void gate(Context ctx) {
    Responses.json(ctx, services.gates().gate(Requests.subject(ctx)));
  }

  void putGate(Context ctx) {
    Responses.json(ctx, services.gates().put(
        Requests.subject(ctx), Requests.body(ctx, ContractGate.class), Requests.actor(ctx)));
  }

  void deleteGate(Context ctx) {
    Responses.json(ctx, services.gates().delete(Requests.subject(ctx), Requests.actor(ctx)));
  }

  void parties(Context ctx) {
    Responses.json(ctx, services.parties().parties(Requests.subject(ctx)));
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "Query parameter " + name + " is required");
    }
    return value;
  }
}
