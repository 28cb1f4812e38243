package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtocPlatformTest {

  @Test
  void classifiersFollowTheNamesProtocIsPublishedUnder() {
    assertThat(ProtocPlatform.classifier("Linux", "amd64")).isEqualTo("linux-x86_64");
    assertThat(ProtocPlatform.classifier("Linux", "aarch64")).isEqualTo("linux-aarch_64");
    assertThat(ProtocPlatform.classifier("Mac OS X", "aarch64")).isEqualTo("osx-aarch_64");
    assertThat(ProtocPlatform.classifier("Mac OS X", "x86_64")).isEqualTo("osx-x86_64");
    assertThat(ProtocPlatform.classifier("Windows 11", "amd64")).isEqualTo("windows-x86_64");
  }

  @Test
  void anUnknownMachineAsksForAnExplicitArtifact() {
    assertThatThrownBy(() -> ProtocPlatform.classifier("Plan9", "mips"))
        .hasMessageContaining("protoc is not published for Plan9 on mips; set protocArtifact");
  }
}
