package dev.treaty.compatibility;

import java.util.List;

/**
 * A schema that parsed, with its references. Immutable and thread-safe, so it can be cached
 * forever by id.
 */
public interface ParsedSchema {

  SchemaFormat format();

  /** The text as given. */
  String text();

  /**
   * The canonical text Confluent computes for identity: whitespace and formatting never matter,
   * everything that changes meaning does.
   */
  String canonical();

  /**
   * The schema after Confluent's {@code normalize}: orderings that carry no meaning (keys, imports,
   * fields by number, ...) stop mattering. Returns {@code this} when already normalized.
   */
  ParsedSchema normalized();

  /** A stable hex fingerprint of {@link #canonical()} together with the references. */
  String fingerprint();

  List<ResolvedReference> references();
}
