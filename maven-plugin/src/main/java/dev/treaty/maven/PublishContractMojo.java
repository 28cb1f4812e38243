package dev.treaty.maven;

import dev.treaty.client.RegistryClientException;
import dev.treaty.client.model.Contract;
import dev.treaty.client.model.ContractRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Publishes the contract of this build: the subjects the application produces (with the schema
 * it writes) and consumes (with the schema it reads with, and example messages). Publishing the
 * same contract again changes nothing; a different one for the same version fails the build.
 */
@Mojo(name = "publish-contract", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class PublishContractMojo extends LocalContractMojo {

  @Override
  void run() throws MojoExecutionException {
    publish(localContract());
  }

  private void publish(ContractRequest request) throws MojoExecutionException {
    try {
      Contract contract = client().publishContract(application, applicationVersion, request);
      getLog().info("Published the contract of " + application + " " + applicationVersion + ": produces "
          + contract.produces().size() + ", consumes " + contract.consumes().size() + " subject(s)");
    } catch (RegistryClientException e) {
      throw new MojoExecutionException("The contract of " + application + " " + applicationVersion
          + " was not published: " + e.getMessage(), e);
    }
  }
}
