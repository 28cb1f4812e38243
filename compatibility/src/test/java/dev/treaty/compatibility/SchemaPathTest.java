package dev.treaty.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemaPathTest {

  @Test
  void rootIsTheEmptyPointer() {
    assertThat(SchemaPath.ROOT.toString()).isEmpty();
  }

  @Test
  void childrenAndIndexesExtendWithoutChangingTheParent() {
    SchemaPath fields = SchemaPath.ROOT.child("fields");
    assertThat(fields.index(3).child("type").toString()).isEqualTo("/fields/3/type");
    assertThat(fields.toString()).isEqualTo("/fields");
  }

  @Test
  void slashAndTildeAreEscapedAsRfc6901Says() {
    assertThat(SchemaPath.ROOT.child("a/b~c").toString()).isEqualTo("/a~1b~0c");
  }

  @Test
  void aPointerMustStartWithSlash() {
    assertThatThrownBy(() -> SchemaPath.of("fields")).isInstanceOf(IllegalArgumentException.class);
  }
}
