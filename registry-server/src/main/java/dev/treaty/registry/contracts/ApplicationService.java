package dev.treaty.registry.contracts;

import dev.treaty.client.model.Application;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import dev.treaty.registry.store.ApplicationRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the catalog says about applications beyond their contracts: an owner and a description,
 * free text, changed in one transaction with its event. An application need not have published a
 * contract to be described. Thread-safe.
 */
public final class ApplicationService {

  static final int MAX_OWNER = 256;
  static final int MAX_DESCRIPTION = 4096;

  private final ContractStore store;

  ApplicationService(ContractStore store) {
    this.store = store;
  }

  /** @throws RegistryException 404 when the application is unknown */
  public Application application(String name) {
    return store.inTransaction(session -> {
      if (!session.applicationExists(name)) {
        throw new RegistryException(ErrorCode.NOT_FOUND, "Application " + name + " not found");
      }
      return wire(session.application(name));
    });
  }

  /** Every application, described or not, by name. */
  public List<Application> applications() {
    return store.inTransaction(session -> session.applicationRows().stream().map(ApplicationService::wire).toList());
  }

  /** Sets the owner and description (a missing or blank one is cleared); creates the application if needed. */
  public Application describe(String name, Application request, String actor) {
    Names.require("application name", name);
    String owner = text("owner", request == null ? null : request.owner(), MAX_OWNER);
    String description = text("description", request == null ? null : request.description(), MAX_DESCRIPTION);
    return store.inTransaction(session -> {
      session.ensureApplication(name);
      ApplicationRow current = session.application(name);
      if (!Objects.equals(current.owner(), owner) || !Objects.equals(current.description(), description)) {
        session.describeApplication(name, owner, description);
        Map<String, String> detail = new HashMap<>(Map.of("application", name));
        if (owner != null) {
          detail.put("owner", owner);
        }
        session.appendEvent("APPLICATION_DESCRIBED", null, actor, detail);
      }
      return wire(session.application(name));
    });
  }

  private static String text(String what, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    // an unpaired surrogate (a JSON escape such as \ud800) is no character: PostgreSQL would store '?'
    if (text.length() > max || text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'
        || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
      throw new RegistryException(ErrorCode.UNPROCESSABLE, "The " + what + " must be at most " + max
          + " characters, without control characters other than new lines and tabs, nor half of a surrogate pair");
    }
    return text;
  }

  private static Application wire(ApplicationRow row) {
    return new Application(row.name(), row.owner(), row.description());
  }
}
