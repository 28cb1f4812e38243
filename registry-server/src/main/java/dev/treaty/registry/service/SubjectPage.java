package dev.treaty.registry.service;

import java.util.List;

/** One page of a filtered subject list; {@code total} counts every subject the filter kept. */
public record SubjectPage(int total, int offset, int limit, List<SubjectSummary> subjects) {}
