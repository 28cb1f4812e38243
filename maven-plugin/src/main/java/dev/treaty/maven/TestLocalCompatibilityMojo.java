package dev.treaty.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code check-local} under the name of Confluent's goal, so a pom that used
 * {@code test-local-compatibility} works after changing the plugin coordinates only.
 */
@Mojo(name = "test-local-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class TestLocalCompatibilityMojo extends CheckLocalMojo {}
