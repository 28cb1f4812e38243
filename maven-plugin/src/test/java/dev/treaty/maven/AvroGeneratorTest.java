package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvroGeneratorTest {

  @TempDir
  Path dir;

  @Test
  void aTypeDefinedInAnotherFileIsFoundWhateverTheFileOrder() throws Exception {
    Path order = Goals.write(dir, "a-order.avsc", """
        {"type": "record", "name": "Order", "namespace": "shop", "fields": [{"name": "buyer", "type": "shop.Buyer"}]}
        """).toPath();
    Path buyer = Goals.write(dir, "b-buyer.avsc", """
        {"type": "record", "name": "Buyer", "namespace": "shop", "fields": [{"name": "name", "type": "string"}]}
        """).toPath();
    Path out = dir.resolve("out");

    int count = new AvroGenerator(GenericData.StringType.String).generate(List.of(order, buyer), out.toFile());

    assertThat(count).isEqualTo(2);
    assertThat(Files.readString(out.resolve("shop/Order.java"))).contains("private shop.Buyer buyer;");
    assertThat(Files.readString(out.resolve("shop/Buyer.java"))).contains("private java.lang.String name;");
  }

  @Test
  void aTypeDefinedNowhereIsReportedWithTheFile() {
    Path order = Goals.write(dir, "order.avsc", """
        {"type": "record", "name": "Order", "fields": [{"name": "buyer", "type": "Nobody"}]}""").toPath();

    assertThatThrownBy(() -> new AvroGenerator(GenericData.StringType.String).generate(List.of(order),
        dir.resolve("out").toFile()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Avro schemas that do not parse:")
        .hasMessageContaining("order.avsc: ")
        .hasMessageContaining("Nobody");
  }
}
