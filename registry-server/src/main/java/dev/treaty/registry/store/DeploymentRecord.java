package dev.treaty.registry.store;

/** An application version running in an environment since {@code deployedAt} (epoch millis). */
public record DeploymentRecord(String environment, String application, String version, long deployedAt) {}
