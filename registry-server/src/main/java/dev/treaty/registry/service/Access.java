package dev.treaty.registry.service;

import dev.treaty.client.model.SchemaReference;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the caller may read and write, by subject or application name. Services use it to leave
 * out what the caller may not see, and to refuse names the caller may not use, before anything
 * about those names (not even whether they exist) is looked up. Thread-safe.
 */
public interface Access {

  /** Everything: security is off, or the caller reads and writes every name. */
  Access ALL = new Access() {
    @Override
    public boolean mayRead(String name) {
      return true;
    }

    @Override
    public boolean mayWrite(String name) {
      return true;
    }

    @Override
    public boolean readsEverything() {
      return true;
    }
  };

  boolean mayRead(String name);

  boolean mayWrite(String name);

  /** Whether {@link #mayRead} holds for every name, so that nothing need be filtered. */
  boolean readsEverything();

  /** The items whose name the caller may read, in their order. */
  default <T> List<T> readable(List<T> items, Function<T, String> name) {
    return readsEverything() ? items : items.stream().filter(item -> mayRead(name.apply(item))).toList();
  }

  /** @throws RegistryException 403 naming the first subject the caller may not read */
  default void requireReadable(Collection<String> names) {
    for (String name : names) {
      if (name != null && !mayRead(name)) {
        throw new RegistryException(ErrorCode.FORBIDDEN, "You may not read subject " + name);
      }
    }
  }

  /** @throws RegistryException 403 naming the first subject or application the caller may not write */
  default void requireWritable(Collection<String> names) {
    for (String name : names) {
      if (name != null && !mayWrite(name)) {
        throw new RegistryException(ErrorCode.FORBIDDEN, "You may not write " + name);
      }
    }
  }

  /** @throws RegistryException 403 when a reference points into a subject the caller may not read */
  default void requireReadableReferences(List<SchemaReference> references) {
    if (references != null) {
      requireReadable(references.stream().filter(Objects::nonNull).map(SchemaReference::subject).toList());
    }
  }
}
