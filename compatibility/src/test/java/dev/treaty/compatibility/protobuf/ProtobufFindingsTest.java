package dev.treaty.compatibility.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.ParsedSchema;
import dev.treaty.compatibility.ProtobufRuleSet;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages and locations of findings, which the case files do not cover. */
class ProtobufFindingsTest {

  private static final String OLD = """
      syntax = "proto3";
      package shop;

      message Order {
        string id = 1;
        int32 amount = 3;
        string note = 4;
      }
      """;

  private static final String NEW = """
      syntax = "proto3";
      package shop;

      message Order {
        string id = 1;
        string amount = 3;
      }
      """;

  private static List<Finding> check(ProtobufRuleSet rules) {
    ParsedSchema writer = SchemaFormats.PROTOBUF.parse(OLD, List.of());
    ParsedSchema reader = SchemaFormats.PROTOBUF.parse(NEW, List.of());
    return SchemaFormats.PROTOBUF.check(reader, writer, CheckOptions.DEFAULTS.withProtobufRules(rules));
  }

  @Test
  void aTypeChangeNamesFieldNumberMessageAndTypesAndPointsAtTheReader() {
    Finding typeChange = check(ProtobufRuleSet.CONFLUENT).stream()
        .filter(finding -> finding.ruleId().equals("FIELD_SCALAR_KIND_CHANGED")).findFirst().orElseThrow();

    assertThat(typeChange.message()).isEqualTo("The field `amount` (3) in `Order` changed type from int32 to string.");
    assertThat(typeChange.path()).isEqualTo("/messages/Order/fields/3");
    assertThat(typeChange.location()).isEqualTo("schema.proto:6:3");
    assertThat(typeChange.isBreaking()).isTrue();
  }

  @Test
  void aRemovalPointsAtTheWriter() {
    Finding removal = check(ProtobufRuleSet.WIRE).stream()
        .filter(finding -> finding.ruleId().equals("FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED")).findFirst().orElseThrow();

    assertThat(removal.location()).isEqualTo("schema.proto:7:3");
    assertThat(removal.message()).contains("`note` (4)");
  }

  @Test
  void confluentReportsCompatibleDifferencesAsSafe() {
    assertThat(check(ProtobufRuleSet.CONFLUENT))
        .extracting(Finding::ruleId, Finding::severity)
        .contains(org.assertj.core.groups.Tuple.tuple("FIELD_REMOVED", dev.treaty.compatibility.Severity.SAFE));
  }

  @Test
  void eachRuleSetReportsOnlyItsOwnRules() {
    for (ProtobufRuleSet set : ProtobufRuleSet.values()) {
      List<String> own = ProtobufFormat.rulesOf(set).stream().map(rule -> rule.id()).toList();
      assertThat(check(set)).extracting(Finding::ruleId).allMatch(own::contains);
    }
  }
}
