package dev.treaty.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  @Test
  void acceptsCommaSeparatedUrlsAndDropsTrailingSlashes() {
    assertThat(ClientSettings.of("http://a:8081/, https://b", "http://c").urls())
        .containsExactly(URI.create("http://a:8081"), URI.create("https://b"), URI.create("http://c"));
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> ClientSettings.of("registry:8081")).hasMessage("Not an http(s) URL: registry:8081");
    assertThatThrownBy(() -> ClientSettings.of("http://a b")).hasMessage("Not a URL: http://a b");
    assertThatThrownBy(() -> ClientSettings.of(" , ")).hasMessage("At least one registry URL is needed");
  }

  @Test
  void basicCredentialsNeedAColon() {
    assertThatThrownBy(() -> Credentials.basic("ann")).hasMessage("Expected user:password, got a value without ':'");
    assertThat(Credentials.basic("ann", "pw").toString()).doesNotContain("pw");
    assertThat(Credentials.bearer("secret").toString()).doesNotContain("secret");
  }
}
