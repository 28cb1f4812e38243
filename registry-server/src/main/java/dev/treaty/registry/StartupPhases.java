package dev.treaty.registry;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where start-up time goes, for the startup log line: the JVM's own start (from its start time to
 * the first line of Treaty), then each phase of {@link RegistryServer}.
 */
final class StartupPhases {

  private final List<String> phases = new ArrayList<>();
  private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
  private long last = System.currentTimeMillis();

  StartupPhases() {
    phases.add("jvm " + (last - jvmStart) + " ms");
  }

  void done(String phase) {
    long now = System.currentTimeMillis();
    phases.add(phase + " " + (now - last) + " ms");
    last = now;
  }

  @Override
  public String toString() {
    return (last - jvmStart) + " ms after the JVM started: " + String.join(", ", phases);
  }
}
