package dev.treaty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.SchemaFormats;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour and progress bars appear on a terminal only. */
class TerminalTest {

  @TempDir
  Path dir;

  @Test
  void coloursTheVerdictOnATerminal() {
    StringWriter out = new StringWriter();
    Session terminal = new Session(new PrintWriter(out), new PrintWriter(new StringWriter()), true, Map.of(),
        Workspace.withSchemas(dir), SchemaFormats.all());

    int code = Treaty.run(terminal, "diff", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).startsWith("\u001b[31;1mBREAKING\u001b[0m  READER_FIELD_MISSING_DEFAULT_VALUE at /fields/2");
  }

  @Test
  void neverColoursAPipe() {
    Cli.Result result = new Cli(Workspace.withSchemas(dir)).run("diff", "user-v1.avsc", "user-v2-required-email.avsc");

    assertThat(result.out()).doesNotContain("\u001b[");
  }

  @Test
  void drawsProgressOnATerminalAndClearsIt() {
    StringWriter err = new StringWriter();
    Session terminal = new Session(new PrintWriter(new StringWriter()), new PrintWriter(err), true, Map.of(), dir,
        SchemaFormats.all());
    Progress progress = new Progress(terminal, "Exporting", 2);

    progress.step();
    progress.step();
    progress.finish();

    assertThat(err.toString()).startsWith("\rExporting [###############               ] 1/2"
        + "\rExporting [##############################] 2/2\r").endsWith("\r");
  }

  @Test
  void drawsNoProgressInAPipe() {
    StringWriter err = new StringWriter();
    Session pipe = new Session(new PrintWriter(new StringWriter()), new PrintWriter(err), false, Map.of(), dir,
        SchemaFormats.all());
    Progress progress = new Progress(pipe, "Exporting", 2);

    progress.step();
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }
}
