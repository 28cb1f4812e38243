package dev.treaty.registry.store;

import java.util.Optional;

/**
 * What a registration needs of a subject's history unless its level is transitive: the last
 * version number, deleted or not (0 when there is none), and the newest live version.
 */
public record SubjectHead(int lastVersion, Optional<VersionRow> latestLive) {}
