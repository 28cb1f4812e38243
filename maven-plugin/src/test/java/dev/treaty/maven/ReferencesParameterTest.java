package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;

class ReferencesParameterTest {

  @Test
  void readsConfluentsShapeOfReferencesPerSubject() throws Exception {
    Map<String, List<Reference>> parsed = ReferencesParameter.parse(xml("""
        <references>
          <orders-value>
            <reference><name>com.acme.Customer</name><subject>customer-value</subject><version>2</version></reference>
            <reference><name>com.acme.Address</name><subject>address-value</subject></reference>
          </orders-value>
          <other-value/>
        </references>"""));

    assertThat(parsed).containsOnlyKeys("orders-value", "other-value");
    assertThat(parsed.get("orders-value")).extracting(Reference::toString)
        .containsExactly("com.acme.Customer -> customer-value v2", "com.acme.Address -> address-value");
    assertThat(parsed.get("other-value")).isEmpty();
  }

  @Test
  void aVersionThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> ReferencesParameter.parse(xml(
        "<references><s><reference><name>n</name><subject>t</subject><version>latest</version></reference></s>"
            + "</references>")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("references of s: version must be a number, not latest");
  }

  @Test
  void noReferencesGiveAnEmptyMap() throws Exception {
    assertThat(ReferencesParameter.parse(null)).isEmpty();
  }

  private static PlexusConfiguration xml(String text) {
    return Goals.xml(text);
  }
}
