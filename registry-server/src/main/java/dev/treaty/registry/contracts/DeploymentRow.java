package dev.treaty.registry.contracts;

import dev.treaty.client.model.Deployment;
import java.time.Instant;

/** An application version running in an environment since {@code deployedAt} (epoch millis). */
record DeploymentRow(String environment, String application, String version, long deployedAt) {

  Deployment wire() {
    return new Deployment(environment, application, version, Instant.ofEpochMilli(deployedAt).toString());
  }
}
