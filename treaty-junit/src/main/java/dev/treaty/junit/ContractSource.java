package dev.treaty.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.client.ContractSnapshots;
import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryUnreachableException;
import dev.treaty.client.model.ContractSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Where the producers and consumers of a subject, and the schemas their contracts refer to, come
 * from: a snapshot pulled from the registry, or when it cannot be reached (or none is configured)
 * the snapshot file of {@code treaty contract pull}, saying so.
 */
final class ContractSource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractSource() {}

  /** A snapshot holding {@code subject}'s producers and consumers. */
  static ContractSnapshot contracts(TreatySettings settings, String subject) {
    if (settings.registryUrl().isPresent()) {
      try {
        RegistryClient client = RegistryClient.of(settings.registryUrl().get());
        return ContractSnapshots.pull(client, settings.registryUrl().get(), List.of(subject), settings.environment().orElse(null));
      } catch (RegistryUnreachableException e) {
        if (settings.contractsFile().isEmpty()) {
          throw new IllegalStateException("The registry at " + settings.registryUrl().get() + " cannot be reached ("
              + e.getMessage() + ") and no treaty.contracts.file is configured to run from", e);
        }
        System.err.println("[treaty] The registry at " + settings.registryUrl().get() + " cannot be reached; using the contracts in "
            + settings.contractsFile().get() + " instead");
      }
    }
    if (settings.contractsFile().isEmpty()) {
      throw new IllegalStateException("Neither treaty.registry.url nor treaty.contracts.file is configured,"
          + " so there are no contracts to test against");
    }
    try {
      ContractSnapshot snapshot = JSON.readValue(Files.readString(settings.contractsFile().get()), ContractSnapshot.class);
      if (!snapshot.subjects().containsKey(subject)) {
        throw new IllegalStateException(settings.contractsFile().get() + " holds no contracts of " + subject
            + "; pull it again with treaty contract pull " + subject + " --to " + settings.contractsFile().get());
      }
      return snapshot;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the contracts file " + settings.contractsFile().get(), e);
    }
  }
}
