package dev.treaty.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  @Test
  void referencesToSubjectsOfTheSameBuildNeedNoRegistry() throws Exception {
    Map<String, File> subjects = new LinkedHashMap<>();
    subjects.put("orders-value", Goals.write(dir, "order.avsc", """
        {"type": "record", "name": "Order", "namespace": "acme",
         "fields": [{"name": "buyer", "type": "acme.User"}]}"""));
    subjects.put("users-value", Goals.write(dir, "user.avsc", Goals.USER_V1));
    ValidateMojo goal = Goals.subjects(new ValidateMojo(), null, subjects, log);
    goal.references = Goals.xml(
        "<references><orders-value><reference><name>acme.User</name><subject>users-value</subject></reference>"
            + "</orders-value></references>");

    goal.execute();

    assertThat(log.text()).isEqualTo("""
        [INFO] Schema of users-value (user.avsc) is a valid AVRO schema
        [INFO] Schema of orders-value (order.avsc) is a valid AVRO schema""");
  }

  @Test
  void everyBrokenFileIsReportedTogetherWithItsLocation() {
    Map<String, File> subjects = new LinkedHashMap<>();
    subjects.put("a-value", Goals.write(dir, "a.avsc", "{\"type\": \"record\", \"name\": \"A\",\n \"fields\": [}"));
    subjects.put("b-value", Goals.write(dir, "b.proto", "syntax = \"proto3\";\nmessage B { string id = ; }\n"));
    subjects.put("c-value", Goals.write(dir, "c.json", "{\"type\": \"object\"}"));
    ValidateMojo goal = Goals.subjects(new ValidateMojo(), null, subjects, log);

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("validate: 2 of 3 subject(s) failed: a-value, b-value\na-value is not valid:\n")
        .message()
        .containsPattern("a-value is not valid:\n  - .*a.avsc:2:\\d+: ")
        .containsPattern("b-value is not valid:\n  - .*b.proto:2:\\d+: ");
    assertThat(log.text()).isEqualTo("[INFO] Schema of c-value (c.json) is a valid JSON schema");
  }

  @Test
  void skipDoesNothing() throws Exception {
    ValidateMojo goal = Goals.subjects(new ValidateMojo(), null, Map.of("x", new File("missing.avsc")), log);
    goal.skip = true;

    goal.execute();

    assertThat(log.text()).isEqualTo("[INFO] Skipping (skip is true)");
  }
}
