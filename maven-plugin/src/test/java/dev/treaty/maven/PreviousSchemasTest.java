package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousSchemasTest {

  @TempDir
  Path dir;

  @Test
  void aFolderGivesEveryVersionOldestFirstWithNumbersComparedAsNumbers() throws IOException {
    Path versions = Files.createDirectories(dir.resolve("orders"));
    for (String name : List.of("order-v10.json", "order-v2.json", "order-v9.json")) {
      Files.writeString(versions.resolve(name), name);
    }
    PreviousSchemas previous = new PreviousSchemas(Map.of("orders", versions.toFile()), null, null);

    assertThat(previous.of("orders", new File("order.json")))
        .extracting(PreviousSchemas.Previous::text)
        .containsExactly("order-v2.json", "order-v9.json", "order-v10.json");
  }

  @Test
  void aConfiguredPathWinsOverTheFolderOfTheSameFileName() throws IOException {
    Path chosen = Files.writeString(dir.resolve("chosen.avsc"), "chosen");
    Path folder = Files.createDirectories(dir.resolve("previous"));
    Files.writeString(folder.resolve("user.avsc"), "same name");
    Files.writeString(folder.resolve("address.avsc"), "address before");

    PreviousSchemas previous = new PreviousSchemas(Map.of("user", chosen.toFile()), folder.toFile(), null);

    assertThat(previous.of("user", new File("src/user.avsc"))).extracting(PreviousSchemas.Previous::text)
        .containsExactly("chosen");
    assertThat(previous.of("address", new File("src/address.avsc"))).extracting(PreviousSchemas.Previous::text)
        .containsExactly("address before");
    assertThat(previous.of("other", new File("src/other.avsc"))).isEmpty();
  }

  @Test
  void anEarlierReleaseJarIsSearchedForTheSameFileName() throws IOException {
    Path jar = dir.resolve("app-1.0.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      add(zip, "schemas/user.avsc", "user in 1.0");
      add(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0");
    }
    PreviousSchemas previous = new PreviousSchemas(null, null, jar.toFile());

    assertThat(previous.of("user", new File("src/main/schemas/user.avsc")))
        .containsExactly(new PreviousSchemas.Previous("app-1.0.jar!/schemas/user.avsc", "user in 1.0"));
    assertThat(previous.of("order", new File("order.proto"))).isEmpty();
  }

  private static void add(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
