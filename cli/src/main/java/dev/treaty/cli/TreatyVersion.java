package dev.treaty.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code treaty --version}: the version Maven built. */
final class TreatyVersion implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TreatyVersion.class.getResourceAsStream("/dev/treaty/cli/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"treaty " + properties.getProperty("version", "dev")};
  }
}
