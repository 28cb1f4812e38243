package dev.treaty.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} the events every producer of {@code subject} may send: the
 * examples in their contracts and {@code count} generated samples of their schemas from
 * {@code seed}, each decoded with this consumer's reader schema ({@code readerSchema}, a file) and
 * named by producer, version and seed. The reader schema is declared as consumed in the contract
 * the tests write. A failure names the event it failed on.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(TreatySamplesProvider.class)
@ExtendWith(SampleFailures.class)
public @interface TreatySamples {

  String subject();

  /** The schema file this consumer reads the subject with: {@code .avsc}, {@code .proto} or {@code .json}. */
  String readerSchema();

  /**
   * The registered schemas the reader schema refers to, each {@code NAME=SUBJECT:VERSION}: the name
   * the reader uses (an Avro full name, a .proto import path, a JSON Schema {@code $ref}) bound to a
   * registered version, fetched from the registry (or the contracts file when offline).
   */
  String[] references() default {};

  /** The Protobuf message the consumer reads (default: the file's first). */
  String message() default "";

  int count() default 10;

  /** The seed of the samples; the same seed gives the same events, so a failure is reproduced by it. */
  long seed() default 42;
}
