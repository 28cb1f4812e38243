package dev.treaty.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns {@code .proto} files into Java classes by running {@code protoc}, an executable taken
 * from a Maven artifact so nothing has to be installed. Imports resolve against the schema
 * folders and against every {@code .proto} inside the project's compile classpath jars (which is
 * where the well-known types such as {@code google/protobuf/timestamp.proto} come from).
 */
final class ProtobufGenerator {

  private static final long TIMEOUT_MINUTES = 5;

  private final File protoc;
  private final Path workDirectory;

  ProtobufGenerator(File protocArtifact, Path workDirectory) {
    this.protoc = protocArtifact;
    this.workDirectory = workDirectory;
  }

  int generate(List<Path> files, List<Path> importRoots, List<File> classpath, File output)
      throws MojoExecutionException {
    try {
      Path executable = executable();
      Path includes = extractProtos(classpath);
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--java_out=" + output.getAbsolutePath()));
      importRoots.forEach(root -> command.add("--proto_path=" + root.toAbsolutePath()));
      command.add("--proto_path=" + includes.toAbsolutePath());
      files.forEach(file -> command.add(file.toAbsolutePath().toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] printed = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new MojoExecutionException("protoc did not finish within " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        throw new MojoExecutionException("protoc failed (exit " + process.exitValue() + "):"
            + System.lineSeparator() + new String(printed, StandardCharsets.UTF_8).strip());
      }
      return files.size();
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot run protoc: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted while protoc ran", e);
    }
  }

  /** The artifact in the local repository is not executable; a copy in the build folder is made so. */
  private Path executable() throws IOException {
    Files.createDirectories(workDirectory);
    Path copy = workDirectory.resolve(protoc.getName());
    if (!Files.exists(copy) || Files.size(copy) != protoc.length()) {
      Files.copy(protoc.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
    }
    if (!copy.toFile().setExecutable(true)) {
      throw new IOException("Cannot make " + copy + " executable");
    }
    return copy;
  }

  private Path extractProtos(List<File> classpath) throws IOException {
    Path includes = workDirectory.resolve("include");
    Files.createDirectories(includes);
    for (File jar : classpath) {
      if (!jar.isFile() || !jar.getName().endsWith(".jar")) {
        continue;
      }
      try (ZipFile zip = new ZipFile(jar)) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          Path target = includes.resolve(entry.getName()).normalize();
          if (entry.isDirectory() || !entry.getName().endsWith(".proto") || !target.startsWith(includes)) {
            continue;
          }
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    return includes;
  }
}
