package dev.treaty.compatibility.json;

import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.Severity;

/**
 * The kinds of difference the JSON Schema diff reports, named as Confluent names them, each with
 * its status: compatible always, compatible only under the LENIENT policy, or incompatible.
 */
enum JsonDifference {
  ID_CHANGED(Status.COMPATIBLE, "The `$id` annotation changed; it does not affect which documents are valid.",
      "Nothing to do; `$id` does not affect validation (references that use it must follow)."),
  TITLE_CHANGED(Status.COMPATIBLE, "The `title` annotation changed; it does not affect validation.",
      "Nothing to do; `title` is an annotation."),
  DESCRIPTION_CHANGED(Status.COMPATIBLE, "The `description` annotation changed; it does not affect validation.",
      "Nothing to do; `description` is an annotation."),
  DEFAULT_CHANGED(Status.COMPATIBLE, "The `default` annotation changed; it does not affect validation.",
      "Nothing to do for validation; tell consumers that rely on the `default` value."),
  SCHEMA_ADDED(Status.INCOMPATIBLE, "A sub-schema appears where there was none (e.g. `items`), so values it rejects were valid before.",
      "Leave the position unconstrained, or constrain it only with a schema that accepts every value allowed before."),
  SCHEMA_REMOVED(Status.COMPATIBLE, "A sub-schema disappears, so everything it accepted stays valid.",
      "Nothing to do for readers on the new schema; older readers still apply the removed schema, so under FORWARD keep it until they upgrade."),
  TYPE_CHANGED(Status.INCOMPATIBLE, "A value changed kind (e.g. string to number, plain to union), so old values no longer validate.",
      "Keep the type and add a new property of the new type instead; to accept both, use a union (`[\"string\", \"number\"]`) or `anyOf`."),
  TYPE_EXTENDED(Status.COMPATIBLE, "A value's type widened (integer to number, or to any value), so old values stay valid.",
      "Nothing to do for readers on the new schema; older readers accept only the narrower type, so under FORWARD upgrade them first."),
  TYPE_NARROWED(Status.INCOMPATIBLE, "A value's type narrowed (number to integer, or a type is now required), so some old values are rejected.",
      "Keep the wider type (e.g. `number`), or narrow it only once no producer writes the values it now rejects."),

  MAX_LENGTH_ADDED(Status.INCOMPATIBLE, "A `maxLength` appeared; longer strings that were valid are rejected.",
      "Keep `maxLength` as loose as before until every producer respects the new limit; a tighter `maxLength` rejects documents that were valid."),
  MAX_LENGTH_REMOVED(Status.COMPATIBLE, "A `maxLength` was dropped; every string that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maxLength`, so under FORWARD or FULL keep it until they have upgraded."),
  MAX_LENGTH_INCREASED(Status.COMPATIBLE, "`maxLength` grew; every string that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maxLength`, so under FORWARD or FULL keep it until they have upgraded."),
  MAX_LENGTH_DECREASED(Status.INCOMPATIBLE, "`maxLength` shrank; strings that were valid may now be too long.",
      "Keep `maxLength` as loose as before until every producer respects the new limit; a tighter `maxLength` rejects documents that were valid."),
  MIN_LENGTH_ADDED(Status.INCOMPATIBLE, "A `minLength` appeared; shorter strings that were valid are rejected.",
      "Keep `minLength` as loose as before until every producer respects the new limit; a tighter `minLength` rejects documents that were valid."),
  MIN_LENGTH_REMOVED(Status.COMPATIBLE, "A `minLength` was dropped; every string that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minLength`, so under FORWARD or FULL keep it until they have upgraded."),
  MIN_LENGTH_INCREASED(Status.INCOMPATIBLE, "`minLength` grew; strings that were valid may now be too short.",
      "Keep `minLength` as loose as before until every producer respects the new limit; a tighter `minLength` rejects documents that were valid."),
  MIN_LENGTH_DECREASED(Status.COMPATIBLE, "`minLength` shrank; every string that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minLength`, so under FORWARD or FULL keep it until they have upgraded."),
  PATTERN_ADDED(Status.INCOMPATIBLE, "A `pattern` appeared; strings that do not match it were valid before.",
      "Leave the `pattern` out until every producer's strings match it."),
  PATTERN_REMOVED(Status.COMPATIBLE, "A `pattern` was dropped; every string that was valid stays valid.",
      "Nothing to do for readers on the new schema; older readers still check the old `pattern`, so under FORWARD keep it until they upgrade."),
  PATTERN_CHANGED(Status.INCOMPATIBLE, "The `pattern` text changed; patterns are compared as text, so any change counts as breaking.",
      "Keep the `pattern` text unchanged (patterns are compared as text); put a new pattern on a new property if it must change."),

  MAXIMUM_ADDED(Status.INCOMPATIBLE, "A `maximum` appeared; larger numbers that were valid are rejected.",
      "Keep `maximum` as loose as before until every producer respects the new limit; a tighter `maximum` rejects documents that were valid."),
  MAXIMUM_REMOVED(Status.COMPATIBLE, "A `maximum` was dropped; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maximum`, so under FORWARD or FULL keep it until they have upgraded."),
  MAXIMUM_INCREASED(Status.COMPATIBLE, "`maximum` grew; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maximum`, so under FORWARD or FULL keep it until they have upgraded."),
  MAXIMUM_DECREASED(Status.INCOMPATIBLE, "`maximum` shrank; numbers that were valid may now be too large.",
      "Keep `maximum` as loose as before until every producer respects the new limit; a tighter `maximum` rejects documents that were valid."),
  MINIMUM_ADDED(Status.INCOMPATIBLE, "A `minimum` appeared; smaller numbers that were valid are rejected.",
      "Keep `minimum` as loose as before until every producer respects the new limit; a tighter `minimum` rejects documents that were valid."),
  MINIMUM_REMOVED(Status.COMPATIBLE, "A `minimum` was dropped; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minimum`, so under FORWARD or FULL keep it until they have upgraded."),
  MINIMUM_INCREASED(Status.INCOMPATIBLE, "`minimum` grew; numbers that were valid may now be too small.",
      "Keep `minimum` as loose as before until every producer respects the new limit; a tighter `minimum` rejects documents that were valid."),
  MINIMUM_DECREASED(Status.COMPATIBLE, "`minimum` shrank; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minimum`, so under FORWARD or FULL keep it until they have upgraded."),
  EXCLUSIVE_MAXIMUM_ADDED(Status.INCOMPATIBLE, "An `exclusiveMaximum` appeared; numbers at or above it were valid before.",
      "Keep `exclusiveMaximum` as loose as before until every producer respects the new limit; a tighter `exclusiveMaximum` rejects documents that were valid."),
  EXCLUSIVE_MAXIMUM_REMOVED(Status.COMPATIBLE, "An `exclusiveMaximum` was dropped; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `exclusiveMaximum`, so under FORWARD or FULL keep it until they have upgraded."),
  EXCLUSIVE_MAXIMUM_INCREASED(Status.COMPATIBLE, "`exclusiveMaximum` grew; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `exclusiveMaximum`, so under FORWARD or FULL keep it until they have upgraded."),
  EXCLUSIVE_MAXIMUM_DECREASED(Status.INCOMPATIBLE, "`exclusiveMaximum` shrank; numbers that were valid may now be too large.",
      "Keep `exclusiveMaximum` as loose as before until every producer respects the new limit; a tighter `exclusiveMaximum` rejects documents that were valid."),
  EXCLUSIVE_MINIMUM_ADDED(Status.INCOMPATIBLE, "An `exclusiveMinimum` appeared; numbers at or below it were valid before.",
      "Keep `exclusiveMinimum` as loose as before until every producer respects the new limit; a tighter `exclusiveMinimum` rejects documents that were valid."),
  EXCLUSIVE_MINIMUM_REMOVED(Status.COMPATIBLE, "An `exclusiveMinimum` was dropped; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `exclusiveMinimum`, so under FORWARD or FULL keep it until they have upgraded."),
  EXCLUSIVE_MINIMUM_INCREASED(Status.INCOMPATIBLE, "`exclusiveMinimum` grew; numbers that were valid may now be too small.",
      "Keep `exclusiveMinimum` as loose as before until every producer respects the new limit; a tighter `exclusiveMinimum` rejects documents that were valid."),
  EXCLUSIVE_MINIMUM_DECREASED(Status.COMPATIBLE, "`exclusiveMinimum` shrank; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `exclusiveMinimum`, so under FORWARD or FULL keep it until they have upgraded."),
  MULTIPLE_OF_ADDED(Status.INCOMPATIBLE, "A `multipleOf` appeared; numbers that are not multiples were valid before.",
      "Leave `multipleOf` out until every producer's numbers are multiples of it."),
  MULTIPLE_OF_REMOVED(Status.COMPATIBLE, "A `multipleOf` was dropped; every number that was valid stays valid.",
      "Nothing to do for readers on the new schema; older readers still check the old `multipleOf`, so under FORWARD keep it until they upgrade."),
  MULTIPLE_OF_REDUCED(Status.COMPATIBLE, "`multipleOf` became a divisor of the old value; every old multiple is still a multiple.",
      "Nothing to do for readers on the new schema; under FORWARD older readers reject the new multiples, so upgrade them first."),
  MULTIPLE_OF_EXPANDED(Status.INCOMPATIBLE, "`multipleOf` became a multiple of the old value; some old multiples are rejected.",
      "Use a divisor of the old `multipleOf`, so every old multiple stays valid."),
  MULTIPLE_OF_CHANGED(Status.INCOMPATIBLE, "`multipleOf` changed to a value that neither divides nor is divided by the old one.",
      "Use a divisor of the old `multipleOf`, so every old multiple stays valid."),

  REQUIRED_ATTRIBUTE_ADDED(Status.INCOMPATIBLE, "A declared property became required without a default; documents without it are rejected.",
      "Give the property a `default`, or keep it optional until every producer writes it."),
  REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED(Status.COMPATIBLE, "A declared property with a default became required; Confluent treats the default as filling the gap.",
      "Nothing to do; the `default` covers documents without the property (keep the default stable)."),
  REQUIRED_ATTRIBUTE_REMOVED(Status.COMPATIBLE, "A property is no longer required; every document that was valid stays valid.",
      "Nothing to do for readers on the new schema; older readers still require the property, so under FORWARD keep writing it."),
  MAX_PROPERTIES_ADDED(Status.INCOMPATIBLE, "A `maxProperties` appeared; larger objects that were valid are rejected.",
      "Keep `maxProperties` as loose as before until every producer respects the new limit; a tighter `maxProperties` rejects documents that were valid."),
  MAX_PROPERTIES_REMOVED(Status.COMPATIBLE, "A `maxProperties` was dropped; every object that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maxProperties`, so under FORWARD or FULL keep it until they have upgraded."),
  MAX_PROPERTIES_INCREASED(Status.COMPATIBLE, "`maxProperties` grew; every object that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maxProperties`, so under FORWARD or FULL keep it until they have upgraded."),
  MAX_PROPERTIES_DECREASED(Status.INCOMPATIBLE, "`maxProperties` shrank; objects that were valid may now have too many properties.",
      "Keep `maxProperties` as loose as before until every producer respects the new limit; a tighter `maxProperties` rejects documents that were valid."),
  MIN_PROPERTIES_ADDED(Status.INCOMPATIBLE, "A `minProperties` appeared; smaller objects that were valid are rejected.",
      "Keep `minProperties` as loose as before until every producer respects the new limit; a tighter `minProperties` rejects documents that were valid."),
  MIN_PROPERTIES_REMOVED(Status.COMPATIBLE, "A `minProperties` was dropped; every object that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minProperties`, so under FORWARD or FULL keep it until they have upgraded."),
  MIN_PROPERTIES_INCREASED(Status.INCOMPATIBLE, "`minProperties` grew; objects that were valid may now have too few properties.",
      "Keep `minProperties` as loose as before until every producer respects the new limit; a tighter `minProperties` rejects documents that were valid."),
  MIN_PROPERTIES_DECREASED(Status.COMPATIBLE, "`minProperties` shrank; every object that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minProperties`, so under FORWARD or FULL keep it until they have upgraded."),
  ADDITIONAL_PROPERTIES_ADDED(Status.COMPATIBLE, "Undeclared properties went from forbidden to allowed.",
      "Nothing to do for readers on the new schema; older readers reject undeclared properties, so under FORWARD declare new properties instead of opening the object."),
  ADDITIONAL_PROPERTIES_REMOVED(Status.LENIENT, "Undeclared properties went from allowed to forbidden; documents carrying extra properties are rejected.",
      "Keep `additionalProperties` open (or use the LENIENT policy), or declare every property producers may send before closing the object."),
  ADDITIONAL_PROPERTIES_EXTENDED(Status.COMPATIBLE, "The schema constraining undeclared properties was dropped, so any value is allowed.",
      "Nothing to do for readers on the new schema; older readers still constrain undeclared properties, so under FORWARD upgrade them first."),
  ADDITIONAL_PROPERTIES_NARROWED(Status.LENIENT, "A schema now constrains undeclared properties that could hold any value before.",
      "Keep undeclared properties unconstrained (or use the LENIENT policy), or declare the properties you want to constrain."),
  DEPENDENCY_ARRAY_ADDED(Status.INCOMPATIBLE, "A property dependency (`dependencies` with a list) appeared; documents lacking the listed properties are rejected.",
      "Leave the dependency out until every producer writes the listed properties together."),
  DEPENDENCY_ARRAY_REMOVED(Status.COMPATIBLE, "A property dependency was dropped.",
      "Nothing to do for readers on the new schema; older readers still enforce the dependency, so under FORWARD keep it until they upgrade."),
  DEPENDENCY_ARRAY_EXTENDED(Status.INCOMPATIBLE, "A property dependency now lists more properties that must be present.",
      "List no more dependent properties than before until every producer writes them."),
  DEPENDENCY_ARRAY_NARROWED(Status.COMPATIBLE, "A property dependency now lists fewer properties.",
      "Nothing to do for readers on the new schema; older readers still require the longer list, so under FORWARD keep writing those properties."),
  DEPENDENCY_ARRAY_CHANGED(Status.INCOMPATIBLE, "A property dependency lists other properties than before.",
      "Keep the dependency's list, or only remove entries from it."),
  DEPENDENCY_SCHEMA_ADDED(Status.INCOMPATIBLE, "A schema dependency appeared; documents with the property must now also match it.",
      "Leave the schema dependency out until every producer's documents satisfy it."),
  DEPENDENCY_SCHEMA_REMOVED(Status.COMPATIBLE, "A schema dependency was dropped.",
      "Nothing to do for readers on the new schema; older readers still apply it, so under FORWARD keep it until they upgrade."),
  PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A property accepting any value was declared in an open object; nothing valid is rejected.",
      "Nothing to do; the property accepts any value."),
  OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(Status.LENIENT, "An optional property was declared in an open object; old documents may carry that name with another type.",
      "Use a name no producer sends yet and the LENIENT policy, or give the property a schema that accepts any value old documents may hold under that name."),
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL(Status.LENIENT, "A required property with a default was declared in an open object.",
      "Use the LENIENT policy, or add the property as optional first."),
  REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(Status.INCOMPATIBLE, "A required property without a default was declared in an open object; old documents lack it.",
      "Add the property as optional (or give it a `default`), and make it required only once every producer writes it."),
  OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL(Status.COMPATIBLE, "An optional property was declared in a closed or partially open object; old documents could not carry it freely.",
      "Nothing to do for readers on the new schema; readers on a closed older version reject the property, so under FORWARD open the object or upgrade them first."),
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL(Status.COMPATIBLE, "A required property with a default was declared in a closed or partially open object.",
      "Nothing to do; the `default` covers documents without the property."),
  REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL(Status.INCOMPATIBLE, "A required property without a default was declared in a closed or partially open object; old documents lack it.",
      "Add the property as optional (or give it a `default`), and make it required only once every producer writes it."),
  PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A new property's schema accepts everything the old `additionalProperties`/`patternProperties` schema allowed for that name.",
      "Nothing to do; the new property accepts what the open content allowed under its name."),
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A new property's schema rejects values the old `additionalProperties`/`patternProperties` schema allowed for that name.",
      "Give the new property a schema that accepts everything `additionalProperties`/`patternProperties` allowed under its name, or use the LENIENT policy."),
  PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A property was removed from an open object; its values are still allowed as extras.",
      "Nothing to do for readers on the new schema; older readers still validate the property, so under FORWARD stop writing it only in a shape they accept."),
  PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A removed property's values are still accepted by `additionalProperties`/`patternProperties`.",
      "Nothing to do; the open content still accepts the property's values."),
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A removed property's values are not all accepted by `additionalProperties`/`patternProperties`.",
      "Keep the property declared (mark it deprecated in its `description`), or widen `additionalProperties` to accept its values."),
  PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.COMPATIBLE, "A property declared `false` (never allowed) was removed from a closed object.",
      "Nothing to do; the property was never allowed."),
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.LENIENT, "A property was removed from a closed object; documents that carry it are now rejected.",
      "Keep the property declared (mark it deprecated in its `description`) instead of removing it, or use the LENIENT policy."),

  MAX_ITEMS_ADDED(Status.INCOMPATIBLE, "A `maxItems` appeared; longer arrays that were valid are rejected.",
      "Keep `maxItems` as loose as before until every producer respects the new limit; a tighter `maxItems` rejects documents that were valid."),
  MAX_ITEMS_REMOVED(Status.COMPATIBLE, "A `maxItems` was dropped; every array that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maxItems`, so under FORWARD or FULL keep it until they have upgraded."),
  MAX_ITEMS_INCREASED(Status.COMPATIBLE, "`maxItems` grew; every array that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `maxItems`, so under FORWARD or FULL keep it until they have upgraded."),
  MAX_ITEMS_DECREASED(Status.INCOMPATIBLE, "`maxItems` shrank; arrays that were valid may now be too long.",
      "Keep `maxItems` as loose as before until every producer respects the new limit; a tighter `maxItems` rejects documents that were valid."),
  MIN_ITEMS_ADDED(Status.INCOMPATIBLE, "A `minItems` appeared; shorter arrays that were valid are rejected.",
      "Keep `minItems` as loose as before until every producer respects the new limit; a tighter `minItems` rejects documents that were valid."),
  MIN_ITEMS_REMOVED(Status.COMPATIBLE, "A `minItems` was dropped; every array that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minItems`, so under FORWARD or FULL keep it until they have upgraded."),
  MIN_ITEMS_INCREASED(Status.INCOMPATIBLE, "`minItems` grew; arrays that were valid may now be too short.",
      "Keep `minItems` as loose as before until every producer respects the new limit; a tighter `minItems` rejects documents that were valid."),
  MIN_ITEMS_DECREASED(Status.COMPATIBLE, "`minItems` shrank; every array that was valid stays valid.",
      "Nothing to do for readers on the new schema; readers on older versions still enforce the old `minItems`, so under FORWARD or FULL keep it until they have upgraded."),
  UNIQUE_ITEMS_ADDED(Status.INCOMPATIBLE, "`uniqueItems` was switched on; arrays with duplicates are rejected.",
      "Leave `uniqueItems` off until no producer writes duplicates."),
  UNIQUE_ITEMS_REMOVED(Status.COMPATIBLE, "`uniqueItems` was switched off; every array that was valid stays valid.",
      "Nothing to do for readers on the new schema; older readers still reject duplicates, so under FORWARD keep items unique."),
  ADDITIONAL_ITEMS_ADDED(Status.COMPATIBLE, "Items beyond the tuple went from forbidden to allowed.",
      "Nothing to do for readers on the new schema; older readers reject items beyond the tuple, so under FORWARD upgrade them first."),
  ADDITIONAL_ITEMS_REMOVED(Status.INCOMPATIBLE, "Items beyond the tuple went from allowed to forbidden.",
      "Keep `additionalItems` allowed until no producer writes items beyond the tuple."),
  ADDITIONAL_ITEMS_EXTENDED(Status.COMPATIBLE, "The schema constraining items beyond the tuple was dropped.",
      "Nothing to do for readers on the new schema; older readers still constrain extra items, so under FORWARD upgrade them first."),
  ADDITIONAL_ITEMS_NARROWED(Status.INCOMPATIBLE, "A schema now constrains items beyond the tuple that could hold any value before.",
      "Keep the items beyond the tuple unconstrained, or constrain them only once every producer respects the schema."),
  ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position accepting any value was added to an open tuple.",
      "Nothing to do; the position accepts any value."),
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL(Status.LENIENT, "A constrained tuple position was added to an open tuple; old arrays may hold other values there.",
      "Give the new position a schema that accepts any value old arrays may hold there, or use the LENIENT policy."),
  ITEM_ADDED_TO_CLOSED_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position was added to a closed tuple; old arrays never reached it.",
      "Nothing to do for readers on the new schema; older readers reject the longer arrays, so under FORWARD upgrade them first."),
  ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A new tuple position accepts everything `additionalItems` allowed there.",
      "Nothing to do; the position accepts what `additionalItems` allowed."),
  ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A new tuple position rejects values `additionalItems` allowed there.",
      "Give the new position a schema that accepts everything `additionalItems` allowed, or use the LENIENT policy."),
  ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position was removed from an open tuple; its values are still allowed.",
      "Nothing to do; the open tuple still accepts the values."),
  ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A removed tuple position's values are still accepted by `additionalItems`.",
      "Nothing to do; `additionalItems` still accepts the values."),
  ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A removed tuple position's values are not all accepted by `additionalItems`.",
      "Keep the tuple position, or widen `additionalItems` to accept its values."),
  ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position declared `false` was removed from a closed tuple.",
      "Nothing to do; the position was never allowed."),
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.LENIENT, "A tuple position was removed from a closed tuple; arrays that reach it are now rejected.",
      "Keep the tuple position (accepting its old values), or use the LENIENT policy."),

  ENUM_ARRAY_EXTENDED(Status.COMPATIBLE, "The `enum` gained values; every value that was valid stays valid.",
      "Nothing to do for readers on the new schema; older readers reject the new values, so under FORWARD upgrade them before producers write them."),
  ENUM_ARRAY_NARROWED(Status.INCOMPATIBLE, "The `enum` lost values; documents using them are rejected.",
      "Keep every `enum` value producers may still write; remove a value only once no data uses it."),
  ENUM_ARRAY_CHANGED(Status.INCOMPATIBLE, "The `enum` or `const` values changed; documents using old values are rejected.",
      "Add new values next to the old ones instead of replacing them."),

  COMBINED_TYPE_EXTENDED(Status.COMPATIBLE, "A combined schema changed criterion in a way that accepts at least as much (e.g. to `anyOf`).",
      "Nothing to do for readers on the new schema; older readers apply the stricter combination, so under FORWARD upgrade them first."),
  COMBINED_TYPE_CHANGED(Status.INCOMPATIBLE, "A combined schema changed criterion in a way that may reject old documents (e.g. `anyOf` to `oneOf`).",
      "Keep the combination keyword, or move only towards `anyOf`, which accepts the most."),
  PRODUCT_TYPE_EXTENDED(Status.INCOMPATIBLE, "An `allOf` gained sub-schemas; each is one more constraint.",
      "Add the constraint as a new optional property instead of a new `allOf` member, or only once every producer satisfies it."),
  PRODUCT_TYPE_NARROWED(Status.COMPATIBLE, "An `allOf` lost sub-schemas (or collapsed to one of them); fewer constraints.",
      "Nothing to do for readers on the new schema; older readers still apply every `allOf` member, so under FORWARD keep satisfying them."),
  SUM_TYPE_EXTENDED(Status.COMPATIBLE, "A `oneOf`/`anyOf` gained branches (or a plain schema became one of the branches).",
      "Nothing to do for readers on the new schema; older readers reject documents of the new branch, so under FORWARD upgrade them first."),
  SUM_TYPE_NARROWED(Status.INCOMPATIBLE, "A `oneOf`/`anyOf` lost branches; documents matching them are rejected.",
      "Keep every branch producers may still write; remove one only once no data matches it."),
  COMBINED_TYPE_SUBSCHEMAS_CHANGED(Status.INCOMPATIBLE, "The sub-schemas of a combined schema cannot all be paired with compatible new ones.",
      "Change each branch compatibly (or add a new branch beside it) so every old branch pairs with one that accepts its documents."),
  NOT_TYPE_EXTENDED(Status.INCOMPATIBLE, "The schema under `not` now forbids more, so some old documents are rejected.",
      "Keep the schema under `not` as it was, or let it forbid less."),
  NOT_TYPE_NARROWED(Status.COMPATIBLE, "The schema under `not` now forbids less; every document that was valid stays valid.",
      "Nothing to do for readers on the new schema; older readers still forbid more, so under FORWARD keep respecting it."),
  SCHEMA_TOO_COMPLEX(Status.INCOMPATIBLE, "Treaty stopped comparing because the pair needed too many steps; reported as breaking so that nothing passes unchecked.",
      "Split the schema into referenced parts, or reduce `oneOf`/`anyOf` nesting, so the comparison fits the step budget.");

  /** Whether a difference keeps every old document valid. */
  enum Status {
    COMPATIBLE,
    /** Compatible only under the LENIENT policy: it matters only to documents with undeclared content. */
    LENIENT,
    INCOMPATIBLE
  }

  private final Status status;
  private final String purpose;
  private final String remedy;

  JsonDifference(Status status, String purpose, String remedy) {
    this.status = status;
    this.purpose = purpose;
    this.remedy = remedy;
  }

  String remedy() {
    return remedy;
  }

  Status status() {
    return status;
  }

  String purpose() {
    return purpose;
  }

  Severity severity(JsonCompatibilityPolicy policy) {
    return switch (status) {
      case COMPATIBLE -> Severity.SAFE;
      case LENIENT -> policy == JsonCompatibilityPolicy.LENIENT ? Severity.SAFE : Severity.BREAKING;
      case INCOMPATIBLE -> Severity.BREAKING;
    };
  }

  boolean compatibleUnder(JsonCompatibilityPolicy policy) {
    return severity(policy) == Severity.SAFE;
  }
}
