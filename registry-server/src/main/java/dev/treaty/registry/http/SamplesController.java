package dev.treaty.registry.http;

import dev.treaty.client.model.RegisterSchemaRequest;
import dev.treaty.compatibility.SampleRequest;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.service.SampleService;
import dev.treaty.registry.service.VersionSpec;
import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code GET /treaty/v1/subjects/{subject}/versions/{version}/samples} and
 * {@code POST /treaty/v1/samples}: generated example events. Without {@code seed} a random one is
 * picked and echoed, so any answer can be asked for again.
 */
final class SamplesController {

  private static final int DEFAULT_COUNT = 5;

  private final SampleService samples;

  SamplesController(SampleService samples) {
    this.samples = samples;
  }

  void ofVersion(Context ctx) {
    Responses.json(ctx, samples.ofVersion(Requests.subject(ctx), VersionSpec.parse(ctx.pathParam("version")), request(ctx)));
  }

  void ofSchema(Context ctx) {
    MediaTypes.requireJsonBody(ctx);
    SampleRequest request = request(ctx);
    Responses.json(ctx, samples.ofSchema(Requests.body(ctx, RegisterSchemaRequest.class), request));
  }

  private static SampleRequest request(Context ctx) {
    int count = Requests.number(ctx, "count", DEFAULT_COUNT);
    if (count < 1 || count > SampleRequest.MAX_COUNT) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE,
          "Query parameter count must be between 1 and " + SampleRequest.MAX_COUNT + ", not " + count);
    }
    String seedText = ctx.queryParam("seed");
    long seed;
    if (seedText == null || seedText.isBlank()) {
      seed = ThreadLocalRandom.current().nextLong(1, 1L << 31);
    } else {
      try {
        seed = Long.parseLong(seedText.trim());
      } catch (NumberFormatException e) {
        throw new RegistryException(ErrorCode.MALFORMED_REQUEST, "Query parameter seed must be a whole number");
      }
    }
    String message = ctx.queryParam("message");
    return new SampleRequest(count, seed, message == null || message.isBlank() ? null : message.trim());
  }
}
