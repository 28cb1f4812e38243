package dev.treaty.registry.http;

import dev.treaty.registry.service.Access;
import dev.treaty.registry.service.ConfigService;
import dev.treaty.registry.service.ErrorCode;
import dev.treaty.registry.service.RegistryException;
import io.javalin.http.Context;

/**
 * Confluent's subject aliases: a subject whose own config names an {@code alias} is read, looked
 * up, checked and registered to as the subject it names (one hop; its config, mode and deletes
 * stay its own). The route's access rule was checked on the name in the path; the caller must be
 * allowed the same on the subject the alias stands for, so that an alias never opens a subject
 * to someone who may not use it.
 */
final class SubjectAliases {

  private final ConfigService configs;

  SubjectAliases(ConfigService configs) {
    this.configs = configs;
  }

  /** The subject a read of the path's subject is about. */
  String forReading(Context ctx) {
    return resolve(ctx, false);
  }

  /** The subject a registration, lookup or check on the path's subject is about. */
  String forWriting(Context ctx) {
    return resolve(ctx, true);
  }

  private String resolve(Context ctx, boolean writes) {
    String subject = Requests.subject(ctx);
    String target = configs.aliasOf(subject);
    if (target == null) {
      return subject;
    }
    Access access = Requests.access(ctx);
    if (!(writes ? access.mayWrite(target) : access.mayRead(target))) {
      throw new RegistryException(ErrorCode.FORBIDDEN,
          "Subject " + subject + " is an alias of a subject this caller may not " + (writes ? "write to" : "read"));
    }
    return target;
  }
}
