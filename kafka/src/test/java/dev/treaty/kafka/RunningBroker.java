package dev.treaty.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One real Kafka broker (KRaft, broker and controller in one node) in this JVM, from Kafka's own
 * test kit on Maven Central. Start one per test class and isolate tests by topic and group names.
 */
final class RunningBroker implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private RunningBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static RunningBroker start() throws Exception {
    // A fatal broker error calls Exit; it must fail the test, not end the test JVM.
    Exit.setExitProcedure((status, message) -> {
      throw new IllegalStateException("The broker tried to exit(" + status + "): " + message);
    });
    Exit.setHaltProcedure((status, message) -> {
      throw new IllegalStateException("The broker tried to halt(" + status + "): " + message);
    });
    // The metadata version users run, not the test kit's default of the newest unreleased one.
    TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
        .setBootstrapMetadataVersion(MetadataVersion.LATEST_PRODUCTION).build();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("num.partitions", "1")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return new RunningBroker(cluster);
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  void createTopics(String... names) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      admin.createTopics(List.of(names).stream().map(name -> new NewTopic(name, 1, (short) 1)).toList()).all().get();
    }
  }

  Properties clientProperties() {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers());
    return properties;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
    Exit.resetExitProcedure();
    Exit.resetHaltProcedure();
  }
}
