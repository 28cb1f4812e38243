package dev.treaty.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The consumer's error handler for records it cannot decode: wrap {@code consumer.poll} in
 * {@link #poll}, and a poison record (unknown magic byte, unknown schema id, a payload its schema
 * rejects, a writer schema the reader cannot read) is copied byte for byte to a dead-letter topic
 * with the reason in {@code __treaty.dlq.*} headers, counted, and skipped; the consumer goes on.
 * A retriable cause (the registry unreachable or overloaded) is not a poison record: it is
 * rethrown and the next poll retries the same record; so is a consumer set up wrong
 * ({@link SerdeException.Reason#UNSUPPORTED}), which would otherwise empty the topic into the
 * dead-letter topic. Use from the consumer's thread only.
 */
public final class DeadLetters {

  public static final String REASON = "__treaty.dlq.reason";
  public static final String MESSAGE = "__treaty.dlq.message";
  public static final String EXCEPTION = "__treaty.dlq.exception";
  public static final String ORIGIN = "__treaty.dlq.origin";
  public static final String TOPIC = "__treaty.dlq.topic";
  public static final String PARTITION = "__treaty.dlq.partition";
  public static final String OFFSET = "__treaty.dlq.offset";
  /** The Micrometer counter of dead letters, tagged {@code topic} (the source topic) and {@code reason}. */
  public static final String METER = "treaty.kafka.dead.letters";

  private static final String UNDECODABLE = "UNDECODABLE";

  private final Producer<byte[], byte[]> producer;
  private final Function<String, String> topicFor;
  private final MeterRegistry meters;
  private final Duration sendTimeout;

  private DeadLetters(Producer<byte[], byte[]> producer, Function<String, String> topicFor, MeterRegistry meters,
      Duration sendTimeout) {
    this.producer = producer;
    this.topicFor = topicFor;
    this.meters = meters;
    this.sendTimeout = sendTimeout;
  }

  /**
   * Dead letters of every topic go to {@code <topic>.dlq}, counted in the global Micrometer registry.
   *
   * @param producer a producer of raw bytes ({@code ByteArraySerializer} for key and value); the
   *     caller owns and closes it
   */
  public static DeadLetters to(Producer<byte[], byte[]> producer) {
    return new DeadLetters(producer, topic -> topic + ".dlq", Metrics.globalRegistry, Duration.ofSeconds(30));
  }

  /** The same, sending every dead letter to one topic. */
  public DeadLetters topic(String deadLetterTopic) {
    Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    return new DeadLetters(producer, topic -> deadLetterTopic, meters, sendTimeout);
  }

  /** The same, counting in the given meter registry. */
  public DeadLetters meters(MeterRegistry registry) {
    return new DeadLetters(producer, topicFor, Objects.requireNonNull(registry, "registry"), sendTimeout);
  }

  /**
   * Polls, dead-lettering and skipping every record that cannot be decoded, until a poll succeeds.
   *
   * @throws RecordDeserializationException when the cause is retriable (the registry did not answer)
   */
  public <K, V> ConsumerRecords<K, V> poll(Consumer<K, V> consumer, Duration timeout) {
    while (true) {
      try {
        return consumer.poll(timeout);
      } catch (RecordDeserializationException e) {
        if (e.getCause() instanceof RetriableException
            || e.getCause() instanceof SerdeException serde && serde.reason() == SerdeException.Reason.UNSUPPORTED) {
          throw e;
        }
        send(e);
        consumer.seek(e.topicPartition(), e.offset() + 1);
      }
    }
  }

  private void send(RecordDeserializationException e) {
    String sourceTopic = e.topicPartition().topic();
    String reason = e.getCause() instanceof SerdeException serde ? serde.reason().name() : UNDECODABLE;
    Headers headers = new RecordHeaders();
    for (Header header : e.headers()) {
      headers.add(header);
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    put(headers, REASON, reason);
    put(headers, MESSAGE, String.valueOf(cause.getMessage()));
    put(headers, EXCEPTION, cause.getClass().getName());
    put(headers, ORIGIN, e.origin().name());
    put(headers, TOPIC, sourceTopic);
    put(headers, PARTITION, Integer.toString(e.topicPartition().partition()));
    put(headers, OFFSET, Long.toString(e.offset()));
    ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topicFor.apply(sourceTopic), null,
        e.timestamp() >= 0 ? e.timestamp() : null, bytes(e.keyBuffer()), bytes(e.valueBuffer()), headers);
    try {
      // Wait for the broker: skipping a record whose dead letter was lost would lose it for good.
      producer.send(letter).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new KafkaException("Interrupted while sending a dead letter", interrupted);
    } catch (ExecutionException | java.util.concurrent.TimeoutException failed) {
      throw new KafkaException("Could not send the dead letter of " + e.topicPartition() + "@" + e.offset()
          + " to " + letter.topic() + "; the record was not skipped", failed);
    }
    Counter.builder(METER).description("Records that could not be decoded and went to a dead-letter topic")
        .tag("topic", sourceTopic).tag("reason", reason).register(meters).increment();
  }

  private static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
