package dev.treaty.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Reads the {@code references} parameter from its XML, because Maven 3.8 cannot fill a map whose
 * values are lists of beans:
 * {@code <references><subject><reference><name/><subject/><version/></reference></subject></references>}.
 */
final class ReferencesParameter {

  private ReferencesParameter() {}

  static Map<String, List<Reference>> parse(PlexusConfiguration xml) throws MojoExecutionException {
    Map<String, List<Reference>> bySubject = new LinkedHashMap<>();
    if (xml == null) {
      return bySubject;
    }
    for (PlexusConfiguration subject : xml.getChildren()) {
      List<Reference> references = new ArrayList<>();
      for (PlexusConfiguration reference : subject.getChildren()) {
        references.add(new Reference(text(reference, "name"), text(reference, "subject"), version(subject, reference)));
      }
      bySubject.put(subject.getName(), references);
    }
    return bySubject;
  }

  private static Integer version(PlexusConfiguration subject, PlexusConfiguration reference)
      throws MojoExecutionException {
    String version = text(reference, "version");
    if (version == null) {
      return null;
    }
    try {
      return Integer.valueOf(version);
    } catch (NumberFormatException e) {
      throw new MojoExecutionException("references of " + subject.getName() + ": version must be a number, not "
          + version, e);
    }
  }

  private static String text(PlexusConfiguration reference, String child) {
    PlexusConfiguration element = reference.getChild(child, false);
    String value = element == null ? null : element.getValue(null);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
