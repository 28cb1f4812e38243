package dev.treaty.registry.service;

/**
 * One row of the subject list the web UI shows: the subject's format and level, how many versions
 * it has and when it last changed ({@code updated}, ISO-8601). {@code deleted} means every version
 * is soft-deleted; {@code hasFindings} that a version was registered with lint findings;
 * {@code deprecated} that the subject or one of its versions is deprecated; {@code contractGate}
 * the environment whose deployed consumers judge its registrations ({@code null}: not gated);
 * {@code compatibilitySource} where its level is set ({@code subject}, its context {@code :.ctx:},
 * {@code global}, the global context {@code :.__GLOBAL:}, or {@code default}: the server's);
 * {@code mode} the mode that applies to it.
 */
public record SubjectSummary(
    String subject,
    String schemaType,
    int versions,
    int latestVersion,
    int latestId,
    String compatibilityLevel,
    String updated,
    boolean deleted,
    boolean hasFindings,
    boolean deprecated,
    String contractGate,
    String compatibilitySource,
    String mode) {}
