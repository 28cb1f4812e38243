package dev.treaty.maven;

import dev.treaty.client.RegistryClient;
import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.ConfigUpdateRequest;
import dev.treaty.compatibility.CompatibilityLevel;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sets compatibility levels. The key {@code __GLOBAL} (or {@code null}) means the registry-wide
 * level; an empty value removes a subject's own level so the global one applies again.
 */
@Mojo(name = "set-compatibility", threadSafe = true)
public class SetCompatibilityMojo extends RegistryMojo {

  /** Subject (or {@code __GLOBAL}) to level: NONE, BACKWARD, FORWARD, FULL or one of their _TRANSITIVE forms. */
  @Parameter(required = true)
  Map<String, String> compatibilityLevels;

  /** Decodes {@code _xHH} in subject names. */
  @Parameter(defaultValue = "true")
  boolean decodeSubject;

  @Override
  void run() throws MojoExecutionException {
    RegistryClient client = client();
    for (Map.Entry<String, String> entry : compatibilityLevels.entrySet()) {
      String subject = isGlobal(entry.getKey()) ? null
          : decodeSubject ? SubjectNames.decode(entry.getKey()) : entry.getKey();
      String shown = subject == null ? "the global level" : "the level of subject " + subject;
      try {
        if (entry.getValue() == null || entry.getValue().isBlank() || entry.getValue().trim().equals("null")) {
          client.deleteConfig(subject);
          getLog().info("Removed " + shown);
          continue;
        }
        CompatibilityLevel level = CompatibilityLevel.parse(entry.getValue());
        client.updateConfig(subject, new ConfigUpdateRequest(level.name(), null, null, null, null, null, null, null,
            null, null, null));
        getLog().info("Set " + shown + " to " + level);
      } catch (IllegalArgumentException | RegistryClientException e) {
        throw new MojoExecutionException("Cannot set " + shown + ": " + e.getMessage(), e);
      }
    }
  }

  private static boolean isGlobal(String key) {
    return key == null || key.equals("null") || key.equals("__GLOBAL");
  }
}
