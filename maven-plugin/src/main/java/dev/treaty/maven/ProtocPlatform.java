package dev.treaty.maven;

import java.util.Locale;

/** The classifier under which {@code com.google.protobuf:protoc} publishes the executable for this machine. */
final class ProtocPlatform {

  private ProtocPlatform() {}

  static String classifier() {
    return classifier(System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  static String classifier(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    String system = os.startsWith("linux") ? "linux"
        : os.startsWith("mac") || os.startsWith("darwin") ? "osx"
        : os.startsWith("windows") ? "windows"
        : null;
    String cpu = switch (arch) {
      case "amd64", "x86_64", "x64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch_64";
      case "x86", "i386", "i686" -> "x86_32";
      case "ppc64le" -> "ppcle_64";
      case "s390x" -> "s390_64";
      default -> null;
    };
    if (system == null || cpu == null) {
      throw new IllegalStateException("protoc is not published for " + osName + " on " + osArch
          + "; set protocArtifact to an executable built for this machine");
    }
    return system + "-" + cpu;
  }
}
