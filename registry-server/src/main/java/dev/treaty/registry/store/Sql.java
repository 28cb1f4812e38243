package dev.treaty.registry.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** The statements of {@link JdbiSchemaStore}, read once from {@code JdbiSchemaStore/<name>.sql}. */
final class Sql {

  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Sql() {}

  static String named(String name) {
    return CACHE.computeIfAbsent(name, n -> LOCATOR.locate(JdbiSchemaStore.class, n));
  }
}
