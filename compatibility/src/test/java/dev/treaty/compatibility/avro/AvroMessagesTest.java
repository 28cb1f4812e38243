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
        .containsExactly("field `amount` changed type from int to string, which Avro cannot convert.");
  }

  @Test
  void nestedFieldsAreNamedByTheirPath() {
    String customer = "{\"name\":\"customer\",\"type\":{\"type\":\"record\",\"name\":\"Customer\",\"fields\":[{\"name\":\"age\",\"type\":\"%s\"}]}}";
    assertThat(messages(record(customer.formatted("string")), record(customer.formatted("long"))))
        .containsExactly("field `customer.age` changed type from long to string, which Avro cannot convert.");
  }

  @Test
  void arrayItemsAreNamedAsSuch() {
    String tags = "{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"%s\"}}";
    assertThat(messages(record(tags.formatted("int")), record(tags.formatted("string"))))
        .containsExactly("the items of field `tags` changed type from string to int, which Avro cannot convert.");
  }

  @Test
  void aWriterUnionBranchTheReaderCannotReadIsNamed() {
    assertThat(messages(record("{\"name\":\"ref\",\"type\":\"string\"}"), record("{\"name\":\"ref\",\"type\":[\"null\",\"string\"]}")))
        .containsExactly("field `ref` cannot read the writer's union branch null as string.");
  }

  @Test
  void anEnumDefaultIsExplainedNotToReplaceAFieldDefault() {
    String status = "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\"],\"default\":\"NEW\"}}";
    assertThat(messages(record(status), record("")))
        .containsExactly("field `status` is not written by the writer and has no default value (the enum default of shop.Status does not stand in for a field default).");
  }

  @Test
  void missingDefaultNamesTheField() {
    assertThat(messages(record("{\"name\":\"email\",\"type\":\"string\"}"), record("")))
        .containsExactly("field `email` is not written by the writer and has no default value.");
  }

  @Test
  void removedSymbolsAreListed() {
    String status = "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":%s}}";
    assertThat(messages(record(status.formatted("[\"NEW\"]")), record(status.formatted("[\"NEW\",\"PAID\",\"SHIPPED\"]"))))
        .containsExactly("field `status` can no longer read the enum symbols [PAID, SHIPPED] and the enum shop.Status declares no default.");
  }

  @Test
  void missingUnionBranchNamesTheBranch() {
    String ref = "{\"name\":\"ref\",\"type\":%s}";
    assertThat(messages(record(ref.formatted("[\"null\",\"string\"]")), record(ref.formatted("[\"null\",\"string\",\"long\"]"))))
        .containsExactly("field `ref`: no type of the reader can read the writer's union branch long.");
  }

  @Test
  void renamesAndResizesNameBothSides() {
    String hash = "{\"name\":\"hash\",\"type\":{\"type\":\"fixed\",\"name\":\"%s\",\"size\":%d}}";
    assertThat(messages(record(hash.formatted("Digest", 16)), record(hash.formatted("Md5", 16))))
        .containsExactly("field `hash` changed type name from shop.Md5 to shop.Digest and no alias of the reader matches the old name.");
    assertThat(messages(record(hash.formatted("Md5", 32)), record(hash.formatted("Md5", 16))))
        .containsExactly("field `hash` changed fixed size from 16 to 32 bytes.");
  }

  @Test
  void aPairAvroCannotJudgeIsBreakingWithAvrosReason() {
    String writer = record("{\"name\":\"amount\",\"type\":\"int\"},{\"name\":\"total\",\"type\":\"int\"}");
    String reader = record("{\"name\":\"amount\",\"type\":\"int\"},{\"name\":\"total\",\"type\":\"int\",\"aliases\":[\"amount\"]}");
    assertThat(messages(reader, writer)).singleElement().asString()
        .isEqualTo("Avro could not check the pair, so it counts as incompatible: reader field `total` matches more than one writer field by name or alias.");
  }
}
