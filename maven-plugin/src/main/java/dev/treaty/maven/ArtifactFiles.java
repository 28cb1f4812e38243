package dev.treaty.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves one artifact to a file through the build's own repositories and local repository, so
 * offline builds work once the artifact has been downloaded.
 */
final class ArtifactFiles {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  ArtifactFiles(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  /** @param coordinates {@code groupId:artifactId[:extension[:classifier]]:version} */
  File resolve(String coordinates) throws MojoExecutionException {
    try {
      ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
      return system.resolveArtifact(session, request).getArtifact().getFile();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Not artifact coordinates: " + coordinates
          + " (expected groupId:artifactId[:extension[:classifier]]:version)", e);
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("Cannot resolve " + coordinates + ": " + e.getMessage(), e);
    }
  }
}
