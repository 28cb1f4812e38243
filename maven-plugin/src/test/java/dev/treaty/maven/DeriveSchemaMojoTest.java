package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derive-schema goal's files: one message per line in, Confluent's {@code schemas} document out. */
class DeriveSchemaMojoTest {

  @TempDir
  Path dir;

  private DeriveSchemaMojo goal(String messages, String type) throws Exception {
    DeriveSchemaMojo goal = new DeriveSchemaMojo();
    goal.messagePath = Files.writeString(dir.resolve("messages.jsonl"), messages).toFile();
    goal.outputPath = dir.resolve("out/schema.json").toFile();
    goal.schemaType = type;
    goal.setLog(new RecordingLog());
    return goal;
  }

  @Test
  void writesOneSchemaMatchingEveryMessage() throws Exception {
    goal("{\"id\": 1}\n\n{\"id\": 2, \"note\": \"x\"}\n", "AVRO").execute();

    JsonNode written = new ObjectMapper().readTree(dir.resolve("out/schema.json").toFile());
    assertThat(written.path("schemas")).hasSize(1);
    assertThat(written.path("schemas").get(0).path("messagesMatched").toString()).isEqualTo("[0,1]");
    assertThat(written.path("schemas").get(0).path("schema").path("fields").get(1).toString())
        .isEqualTo("{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}");
  }

  @Test
  void aLineThatIsNotJsonIsNamedByItsNumber() throws Exception {
    DeriveSchemaMojo goal = goal("{\"id\": 1}\n{id: 2}\n", "JSON");

    assertThatThrownBy(goal::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("messages.jsonl:2: not JSON");
  }

  @Test
  void anUnknownSchemaTypeFailsTheGoal() throws Exception {
    assertThatThrownBy(goal("{\"id\": 1}\n", "XML")::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("derive-schema: schemaType must be AVRO, JSON or PROTOBUF, not XML");
  }
}
