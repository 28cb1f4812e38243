package dev.treaty.junit;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * How the extension is configured: system properties first, then {@code junit-platform.properties}
 * (JUnit's configuration parameters), under the same names.
 *
 * <ul>
 *   <li>{@code treaty.registry.url}: the registry to read contracts from
 *   <li>{@code treaty.application}, {@code treaty.application.version}: who this build is
 *   <li>{@code treaty.environment}: judge against the versions deployed there instead of the latest
 *   <li>{@code treaty.contracts.file}: a snapshot from {@code treaty contract pull}, used when the
 *       registry is not reachable (or not configured)
 *   <li>{@code treaty.verification.publish}: {@code true} to record verification results
 *   <li>{@code treaty.contract.output}: where to write the contract (default
 *       {@code target/treaty/contract.json})
 * </ul>
 */
record TreatySettings(
    Optional<String> registryUrl, Optional<String> application, Optional<String> applicationVersion,
    Optional<String> environment, Optional<Path> contractsFile, boolean publishVerification, Path contractOutput) {

  static TreatySettings of(ExtensionContext context) {
    return new TreatySettings(
        value(context, "treaty.registry.url"),
        value(context, "treaty.application"),
        value(context, "treaty.application.version"),
        value(context, "treaty.environment"),
        value(context, "treaty.contracts.file").map(Path::of),
        value(context, "treaty.verification.publish").map(Boolean::parseBoolean).orElse(false),
        value(context, "treaty.contract.output").map(Path::of).orElse(Path.of("target", "treaty", "contract.json")));
  }

  private static Optional<String> value(ExtensionContext context, String name) {
    String property = System.getProperty(name);
    if (property != null && !property.isBlank()) {
      return Optional.of(property.trim());
    }
    return context.getConfigurationParameter(name).filter(v -> !v.isBlank()).map(String::trim);
  }
}
