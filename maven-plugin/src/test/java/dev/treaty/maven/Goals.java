package dev.treaty.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;

/** Goals configured in code, the way Maven would fill their parameters from a pom. */
final class Goals {

  private Goals() {}

  static <T extends SubjectsMojo> T subjects(T goal, String registryUrl, Map<String, File> subjects, RecordingLog log) {
    goal.schemaRegistryUrls = registryUrl == null ? null : List.of(registryUrl);
    goal.subjects = subjects;
    goal.decodeSubject = true;
    goal.failOnIncompatible = true;
    goal.setLog(log);
    return goal;
  }

  /** A parameter given as XML, as {@code references} is. */
  static PlexusConfiguration xml(String text) {
    try {
      return new XmlPlexusConfiguration(Xpp3DomBuilder.build(new StringReader(text)));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static File write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text).toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String USER_V1 = """
      {"type": "record", "name": "User", "namespace": "acme",
       "fields": [{"name": "id", "type": "long"}, {"name": "name", "type": "string"}]}""";

  static final String USER_WITHOUT_NAME = """
      {"type": "record", "name": "User", "namespace": "acme", "fields": [{"name": "id", "type": "long"}]}""";
}
