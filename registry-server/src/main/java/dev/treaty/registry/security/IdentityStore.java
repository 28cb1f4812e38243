package dev.treaty.registry.security;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Users, API tokens and their grants in the registry's database, with SQL from
 * {@code IdentityStore/<name>.sql}. Nothing is cached: every node reads the same rows, so a change
 * made on one node holds on all of them at once. Thread-safe.
 */
final class IdentityStore {

  /** A user as stored: the bcrypt hash and the grants. */
  record StoredUser(String name, String hash, List<Grant> grants) {
    @Override
    public String toString() {
      return "StoredUser[" + name + ", " + grants + "]";
    }
  }

  /** A token as listed: never its secret. */
  record StoredToken(String name, List<Grant> grants, long createdAt, String createdBy) {}

  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final Map<String, String> SQL = new ConcurrentHashMap<>();
  private static final String USER = "user";
  private static final String TOKEN = "token";

  private final Jdbi jdbi;

  IdentityStore(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  Optional<StoredUser> user(String name) {
    return jdbi.withHandle(handle -> handle.createQuery(sql("user")).bind("name", name)
        .map((rs, ctx) -> new StoredUser(rs.getString("name"), rs.getString("password_hash"), List.of()))
        .findOne()
        .map(user -> new StoredUser(user.name(), user.hash(), grants(handle, USER, user.name()))));
  }

  List<StoredUser> users() {
    return jdbi.withHandle(handle -> handle.createQuery(sql("users"))
        .map((rs, ctx) -> new StoredUser(rs.getString("name"), rs.getString("password_hash"), List.of()))
        .list().stream()
        .map(user -> new StoredUser(user.name(), user.hash(), grants(handle, USER, user.name())))
        .toList());
  }

  /** Adds a user; false when one of that name exists already. */
  boolean addUser(String name, String hash, List<Grant> grants) {
    return insertOnce(handle -> {
      if (exists(handle, "user-exists", name)) {
        return false;
      }
      handle.createUpdate(sql("insert-user")).bind("name", name).bind("hash", hash).bind("now", now()).execute();
      insertGrants(handle, USER, name, grants);
      return true;
    });
  }

  boolean setPassword(String name, String hash) {
    return jdbi.inTransaction(handle -> handle.createUpdate(sql("update-password"))
        .bind("name", name).bind("hash", hash).bind("now", now()).execute() > 0);
  }

  boolean setGrants(String name, List<Grant> grants) {
    return jdbi.inTransaction(handle -> {
      if (!exists(handle, "user-exists", name)) {
        return false;
      }
      handle.createUpdate(sql("delete-grants")).bind("kind", USER).bind("holder", name).execute();
      insertGrants(handle, USER, name, grants);
      return true;
    });
  }

  boolean removeUser(String name) {
    return jdbi.inTransaction(handle -> {
      handle.createUpdate(sql("delete-grants")).bind("kind", USER).bind("holder", name).execute();
      return handle.createUpdate(sql("delete-user")).bind("name", name).execute() > 0;
    });
  }

  Optional<StoredToken> tokenBySecretHash(String sha256Hex) {
    return jdbi.withHandle(handle -> handle.createQuery(sql("token-by-secret")).bind("hash", sha256Hex)
        .map((rs, ctx) -> new StoredToken(rs.getString("name"), List.of(), rs.getLong("created_at"), rs.getString("created_by")))
        .findOne()
        .map(token -> withGrants(handle, token)));
  }

  List<StoredToken> tokens() {
    return jdbi.withHandle(handle -> handle.createQuery(sql("tokens"))
        .map((rs, ctx) -> new StoredToken(rs.getString("name"), List.of(), rs.getLong("created_at"), rs.getString("created_by")))
        .list().stream()
        .map(token -> withGrants(handle, token))
        .toList());
  }

  /** Stores a token; false when one of that name exists already. */
  boolean addToken(String name, String sha256Hex, List<Grant> grants, String createdBy) {
    return insertOnce(handle -> {
      if (exists(handle, "token-exists", name)) {
        return false;
      }
      handle.createUpdate(sql("insert-token")).bind("name", name).bind("hash", sha256Hex).bind("now", now())
          .bind("createdBy", createdBy).execute();
      insertGrants(handle, TOKEN, name, grants);
      return true;
    });
  }

  boolean removeToken(String name) {
    return jdbi.inTransaction(handle -> {
      handle.createUpdate(sql("delete-grants")).bind("kind", TOKEN).bind("holder", name).execute();
      return handle.createUpdate(sql("delete-token")).bind("name", name).execute() > 0;
    });
  }

  private StoredToken withGrants(Handle handle, StoredToken token) {
    return new StoredToken(token.name(), grants(handle, TOKEN, token.name()), token.createdAt(), token.createdBy());
  }

  private static List<Grant> grants(Handle handle, String kind, String holder) {
    return handle.createQuery(sql("grants")).bind("kind", kind).bind("holder", holder)
        .map((rs, ctx) -> new Grant(Role.parse(rs.getString("role")), rs.getString("name_prefix")))
        .list();
  }

  private static void insertGrants(Handle handle, String kind, String holder, List<Grant> grants) {
    for (Grant grant : grants.stream().distinct().toList()) {
      handle.createUpdate(sql("insert-grant")).bind("kind", kind).bind("holder", holder)
          .bind("role", grant.role().label()).bind("prefix", grant.prefix()).execute();
    }
  }

  private static boolean exists(Handle handle, String query, String name) {
    return handle.createQuery(sql(query)).bind("name", name).mapTo(Integer.class).one() > 0;
  }

  /** Two nodes adding the same name at once collide on the primary key: the loser finds it taken. */
  private boolean insertOnce(Function<Handle, Boolean> work) {
    try {
      return jdbi.inTransaction(work::apply);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
          return false;
        }
      }
      throw e;
    }
  }

  private static long now() {
    return System.currentTimeMillis();
  }

  private static String sql(String name) {
    return SQL.computeIfAbsent(name, n -> LOCATOR.locate(IdentityStore.class, n));
  }
}
