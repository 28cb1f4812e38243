package dev.treaty.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a scenario class (or method) as its own JUnit run, as Surefire would, with the extension's
 * settings as configuration parameters; the run ends, so the extension writes its contract.
 *
 * @param failedNames the display names of the tests that failed
 */
record ScenarioRun(TestExecutionSummary summary, List<String> failedNames) {

  static ScenarioRun of(DiscoverySelector scenario, Map<String, String> parameters) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(scenario).configurationParameters(parameters).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    List<String> failed = new ArrayList<>();
    TestExecutionListener names = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          failed.add(id.getDisplayName());
        }
      }
    };
    LauncherFactory.create().execute(request, listener, names);
    return new ScenarioRun(listener.getSummary(), failed);
  }

  /** The first failure's message, for assertions and for the report of a test that expected none. */
  String firstFailure() {
    return summary.getFailures().isEmpty() ? "no failure" : summary.getFailures().get(0).getException().toString();
  }
}
