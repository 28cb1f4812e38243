import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;

/**
 * Labels the Avro validity cases with Avro's own Java parser, names validated strictly and
 * defaults validated: a schema is VALID when it parses. Run by regenerate-labels.sh as a
 * single-file program on the compatibility module's class path.
 */
public class LabelAvro {
  public static void main(String[] args) throws Exception {
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".avsc")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".avsc", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
          new Schema.Parser(NameValidator.STRICT_VALIDATOR).setValidateDefaults(true).parse(text);
          System.out.println(name + "\tVALID");
        } catch (RuntimeException e) {
          System.out.println(name + "\tINVALID\t-\t" + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
      }
    }
  }
}
