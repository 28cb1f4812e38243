package dev.treaty.registry.http;

import dev.treaty.registry.service.SubjectDetail;

import dev.treaty.registry.service.RecentEvents;
import dev.treaty.registry.service.SubjectFilter;
import dev.treaty.registry.service.SubjectOverview;
import dev.treaty.registry.service.VersionComparison;
import dev.treaty.registry.service.VersionSpec;
import io.javalin.http.Context;

/**
 * Treaty's read-only views for people browsing the registry (the web UI uses them): the subject
 * list, one subject, the diff of two versions and the newest events.
 */
final class BrowseController {

  private final SubjectOverview overview;
  private final VersionComparison comparison;
  private final RecentEvents recentEvents;

  BrowseController(SubjectOverview overview, VersionComparison comparison, RecentEvents recentEvents) {
    this.overview = overview;
    this.comparison = comparison;
    this.recentEvents = recentEvents;
  }

  void subjects(Context ctx) {
    SubjectFilter filter = new SubjectFilter(
        ctx.queryParam("q"), ctx.queryParam("format"), ctx.queryParam("level"), Requests.flag(ctx, "deleted"),
        ctx.queryParam("sort"), Requests.flag(ctx, "findings"), ctx.queryParam("record"), ctx.queryParam("context"));
    Responses.json(ctx, overview.subjects(filter, Requests.number(ctx, "offset", 0), Requests.number(ctx, "limit", 50)));
  }

  void subject(Context ctx) {
    String subject = Requests.subject(ctx);
    SubjectDetail detail = overview.subject(subject);
    DeprecationHeaders.add(ctx, java.util.Optional.ofNullable(detail.deprecation()));
    Responses.json(ctx, detail);
  }

  void diff(Context ctx) {
    Responses.json(ctx, comparison.compare(Requests.subject(ctx), version(ctx, "from"), version(ctx, "to")));
  }

  void recentEvents(Context ctx) {
    long before = Requests.number(ctx, "before", 0);
    RecentEvents.Filter filter = new RecentEvents.Filter(ctx.queryParam("subject"), ctx.queryParam("application"),
        ctx.queryParam("environment"), ctx.queryParam("type"), ctx.queryParam("actor"));
    Responses.json(ctx, recentEvents.before(before, filter, Requests.number(ctx, "limit", 50)));
  }

  private static VersionSpec version(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return VersionSpec.parse(value == null || value.isBlank() ? "latest" : value);
  }
}
