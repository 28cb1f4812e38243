package dev.treaty.compatibility.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.compatibility.CheckOptions;
import dev.treaty.compatibility.Finding;
import dev.treaty.compatibility.SchemaFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentences people read: they name the field (by path when nested) and the types. */
class AvroMessagesTest {

  private static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"fields\":[" + fields + "]}";
  }

  private static List<String> messages(String reader, String writer) {
    return SchemaFormats.AVRO
        .check(SchemaFormats.AVRO.parse(reader, List.of()), SchemaFormats.AVRO.parse(writer, List.of()), CheckOptions.DEFAULTS)
        .stream()
        .map(Finding::message)
        .toList();
  }

  @Test
  void typeChangeNamesFieldAndBothTypes() {
    assertThat(messages(record("{\"name\":\"amount\",\"type\":\"string\"}"), record("{\"name\":\"amount\",\"type\":\"int\"}")))
        .containsExactly("Field `amount` changed type from int to string.");
  }

  @Test
  void nestedFieldsAreNamedByTheirPath() {
    String customer = "{\"name\":\"customer\",\"type\":{\"type\":\"record\",\"name\":\"Customer\",\"fields\":[{\"name\":\"age\",\"type\":\"%s\"}]}}";
    assertThat(messages(record(customer.formatted("string")), record(customer.formatted("long"))))
        .containsExactly("Field `customer.age` changed type from long to string.");
  }

  @Test
  void arrayItemsAreNamedAsSuch() {
    String tags = "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"%s\"}}";
    assertThat(messages(record(tags.formatted("int")), record(tags.formatted("string"))))
        .containsExactly("The items of field `tags` changed type from string to int.");
  }

  @Test
  void aWriterUnionBranchTheReaderCannotReadIsNamed() {
    assertThat(messages(record("{\"name\":\"ref\",\"type\":\"string\"}"), record("{\"name\":\"ref\",\"type\":[\"null\",\"string\"]}")))
        .containsExactly("Field `ref` changed type from a union with the branch null to string.");
  }

  @Test
  void anEnumDefaultIsExplainedNotToReplaceAFieldDefault() {
    String status = "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\"],\"default\":\"NEW\"}}";
    assertThat(messages(record(status), record("")))
        .containsExactly("Field `status` was added without a default (the enum default of shop.Status does not stand in for a field default).");
  }

  @Test
  void missingDefaultNamesTheField() {
    assertThat(messages(record("{\"name\":\"email\",\"type\":\"string\"}"), record("")))
        .containsExactly("Field `email` was added without a default.");
  }

  @Test
  void removedSymbolsAreListed() {
    String status = "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":%s}}";
    assertThat(messages(record(status.formatted("[\"NEW\"]")), record(status.formatted("[\"NEW\",\"PAID\",\"SHIPPED\"]"))))
        .containsExactly("Field `status`: symbols [PAID, SHIPPED] were removed from enum shop.Status.");
  }

  @Test
  void missingUnionBranchNamesTheBranch() {
    String ref = "{\"name\":\"ref\",\"type\":%s}";
    assertThat(messages(record(ref.formatted("[\"null\",\"string\"]")), record(ref.formatted("[\"null\",\"string\",\"long\"]"))))
        .containsExactly("Field `ref`: union branch long was removed.");
  }

  @Test
  void renamesAndResizesNameBothSides() {
    String hash = "{\"name\":\"hash\",\"type\":{\"type\":\"fixed\",\"name\":\"%s\",\"size\":%d}}";
    assertThat(messages(record(hash.formatted("Digest", 16)), record(hash.formatted("Md5", 16))))
        .containsExactly("Field `hash`: fixed shop.Md5 was renamed to shop.Digest.");
    assertThat(messages(record(hash.formatted("Md5", 32)), record(hash.formatted("Md5", 16))))
        .containsExactly("Field `hash`: fixed shop.Md5 changed size from 16 to 32 bytes.");
  }

  @Test
  void aPairAvroCannotJudgeIsBreakingWithAvrosReason() {
    String writer = record("{\"name\":\"amount\",\"type\":\"int\"},{\"name\":\"total\",\"type\":\"int\"}");
    String reader = record("{\"name\":\"amount\",\"type\":\"int\"},{\"name\":\"total\",\"type\":\"int\",\"aliases\":[\"amount\"]}");
    assertThat(messages(reader, writer)).singleElement().asString()
        .isEqualTo("Avro could not check the pair, so it counts as incompatible: reader field `total` matches more than one writer field by name or alias.");
  }
}
