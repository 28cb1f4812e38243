package dev.treaty.compatibility.json;

import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.Severity;

/**
 * The kinds of difference the JSON Schema diff reports, named as Confluent names them, each with
 * its status: compatible always, compatible only under the LENIENT policy, or incompatible.
 */
enum JsonDifference {
  ID_CHANGED(Status.COMPATIBLE, "The `$id` annotation changed; it does not affect which documents are valid."),
  TITLE_CHANGED(Status.COMPATIBLE, "The `title` annotation changed; it does not affect validation."),
  DESCRIPTION_CHANGED(Status.COMPATIBLE, "The `description` annotation changed; it does not affect validation."),
  DEFAULT_CHANGED(Status.COMPATIBLE, "The `default` annotation changed; it does not affect validation."),
  SCHEMA_ADDED(Status.INCOMPATIBLE, "A sub-schema appears where there was none (e.g. `items`), so values it rejects were valid before."),
  SCHEMA_REMOVED(Status.COMPATIBLE, "A sub-schema disappears, so everything it accepted stays valid."),
  TYPE_CHANGED(Status.INCOMPATIBLE, "A value changed kind (e.g. string to number, plain to union), so old values no longer validate."),
  TYPE_EXTENDED(Status.COMPATIBLE, "A value's type widened (integer to number, or to any value), so old values stay valid."),
  TYPE_NARROWED(Status.INCOMPATIBLE, "A value's type narrowed (number to integer, or a type is now required), so some old values are rejected."),

  MAX_LENGTH_ADDED(Status.INCOMPATIBLE, "A `maxLength` appeared; longer strings that were valid are rejected."),
  MAX_LENGTH_REMOVED(Status.COMPATIBLE, "A `maxLength` was dropped; every string that was valid stays valid."),
  MAX_LENGTH_INCREASED(Status.COMPATIBLE, "`maxLength` grew; every string that was valid stays valid."),
  MAX_LENGTH_DECREASED(Status.INCOMPATIBLE, "`maxLength` shrank; strings that were valid may now be too long."),
  MIN_LENGTH_ADDED(Status.INCOMPATIBLE, "A `minLength` appeared; shorter strings that were valid are rejected."),
  MIN_LENGTH_REMOVED(Status.COMPATIBLE, "A `minLength` was dropped; every string that was valid stays valid."),
  MIN_LENGTH_INCREASED(Status.INCOMPATIBLE, "`minLength` grew; strings that were valid may now be too short."),
  MIN_LENGTH_DECREASED(Status.COMPATIBLE, "`minLength` shrank; every string that was valid stays valid."),
  PATTERN_ADDED(Status.INCOMPATIBLE, "A `pattern` appeared; strings that do not match it were valid before."),
  PATTERN_REMOVED(Status.COMPATIBLE, "A `pattern` was dropped; every string that was valid stays valid."),
  PATTERN_CHANGED(Status.INCOMPATIBLE, "The `pattern` text changed; patterns are compared as text, so any change counts as breaking."),

  MAXIMUM_ADDED(Status.INCOMPATIBLE, "A `maximum` appeared; larger numbers that were valid are rejected."),
  MAXIMUM_REMOVED(Status.COMPATIBLE, "A `maximum` was dropped; every number that was valid stays valid."),
  MAXIMUM_INCREASED(Status.COMPATIBLE, "`maximum` grew; every number that was valid stays valid."),
  MAXIMUM_DECREASED(Status.INCOMPATIBLE, "`maximum` shrank; numbers that were valid may now be too large."),
  MINIMUM_ADDED(Status.INCOMPATIBLE, "A `minimum` appeared; smaller numbers that were valid are rejected."),
  MINIMUM_REMOVED(Status.COMPATIBLE, "A `minimum` was dropped; every number that was valid stays valid."),
  MINIMUM_INCREASED(Status.INCOMPATIBLE, "`minimum` grew; numbers that were valid may now be too small."),
  MINIMUM_DECREASED(Status.COMPATIBLE, "`minimum` shrank; every number that was valid stays valid."),
  EXCLUSIVE_MAXIMUM_ADDED(Status.INCOMPATIBLE, "An `exclusiveMaximum` appeared; numbers at or above it were valid before."),
  EXCLUSIVE_MAXIMUM_REMOVED(Status.COMPATIBLE, "An `exclusiveMaximum` was dropped; every number that was valid stays valid."),
  EXCLUSIVE_MAXIMUM_INCREASED(Status.COMPATIBLE, "`exclusiveMaximum` grew; every number that was valid stays valid."),
  EXCLUSIVE_MAXIMUM_DECREASED(Status.INCOMPATIBLE, "`exclusiveMaximum` shrank; numbers that were valid may now be too large."),
  EXCLUSIVE_MINIMUM_ADDED(Status.INCOMPATIBLE, "An `exclusiveMinimum` appeared; numbers at or below it were valid before."),
  EXCLUSIVE_MINIMUM_REMOVED(Status.COMPATIBLE, "An `exclusiveMinimum` was dropped; every number that was valid stays valid."),
  EXCLUSIVE_MINIMUM_INCREASED(Status.INCOMPATIBLE, "`exclusiveMinimum` grew; numbers that were valid may now be too small."),
  EXCLUSIVE_MINIMUM_DECREASED(Status.COMPATIBLE, "`exclusiveMinimum` shrank; every number that was valid stays valid."),
  MULTIPLE_OF_ADDED(Status.INCOMPATIBLE, "A `multipleOf` appeared; numbers that are not multiples were valid before."),
  MULTIPLE_OF_REMOVED(Status.COMPATIBLE, "A `multipleOf` was dropped; every number that was valid stays valid."),
  MULTIPLE_OF_REDUCED(Status.COMPATIBLE, "`multipleOf` became a divisor of the old value; every old multiple is still a multiple."),
  MULTIPLE_OF_EXPANDED(Status.INCOMPATIBLE, "`multipleOf` became a multiple of the old value; some old multiples are rejected."),
  MULTIPLE_OF_CHANGED(Status.INCOMPATIBLE, "`multipleOf` changed to a value that neither divides nor is divided by the old one."),

  REQUIRED_ATTRIBUTE_ADDED(Status.INCOMPATIBLE, "A declared property became required without a default; documents without it are rejected."),
  REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED(Status.COMPATIBLE, "A declared property with a default became required; Confluent treats the default as filling the gap."),
  REQUIRED_ATTRIBUTE_REMOVED(Status.COMPATIBLE, "A property is no longer required; every document that was valid stays valid."),
  MAX_PROPERTIES_ADDED(Status.INCOMPATIBLE, "A `maxProperties` appeared; larger objects that were valid are rejected."),
  MAX_PROPERTIES_REMOVED(Status.COMPATIBLE, "A `maxProperties` was dropped; every object that was valid stays valid."),
  MAX_PROPERTIES_INCREASED(Status.COMPATIBLE, "`maxProperties` grew; every object that was valid stays valid."),
  MAX_PROPERTIES_DECREASED(Status.INCOMPATIBLE, "`maxProperties` shrank; objects that were valid may now have too many properties."),
  MIN_PROPERTIES_ADDED(Status.INCOMPATIBLE, "A `minProperties` appeared; smaller objects that were valid are rejected."),
  MIN_PROPERTIES_REMOVED(Status.COMPATIBLE, "A `minProperties` was dropped; every object that was valid stays valid."),
  MIN_PROPERTIES_INCREASED(Status.INCOMPATIBLE, "`minProperties` grew; objects that were valid may now have too few properties."),
  MIN_PROPERTIES_DECREASED(Status.COMPATIBLE, "`minProperties` shrank; every object that was valid stays valid."),
  ADDITIONAL_PROPERTIES_ADDED(Status.COMPATIBLE, "Undeclared properties went from forbidden to allowed."),
  ADDITIONAL_PROPERTIES_REMOVED(Status.LENIENT, "Undeclared properties went from allowed to forbidden; documents carrying extra properties are rejected."),
  ADDITIONAL_PROPERTIES_EXTENDED(Status.COMPATIBLE, "The schema constraining undeclared properties was dropped, so any value is allowed."),
  ADDITIONAL_PROPERTIES_NARROWED(Status.LENIENT, "A schema now constrains undeclared properties that could hold any value before."),
  DEPENDENCY_ARRAY_ADDED(Status.INCOMPATIBLE, "A property dependency (`dependencies` with a list) appeared; documents lacking the listed properties are rejected."),
  DEPENDENCY_ARRAY_REMOVED(Status.COMPATIBLE, "A property dependency was dropped."),
  DEPENDENCY_ARRAY_EXTENDED(Status.INCOMPATIBLE, "A property dependency now lists more properties that must be present."),
  DEPENDENCY_ARRAY_NARROWED(Status.COMPATIBLE, "A property dependency now lists fewer properties."),
  DEPENDENCY_ARRAY_CHANGED(Status.INCOMPATIBLE, "A property dependency lists other properties than before."),
  DEPENDENCY_SCHEMA_ADDED(Status.INCOMPATIBLE, "A schema dependency appeared; documents with the property must now also match it."),
  DEPENDENCY_SCHEMA_REMOVED(Status.COMPATIBLE, "A schema dependency was dropped."),
  PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A property accepting any value was declared in an open object; nothing valid is rejected."),
  OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(Status.LENIENT, "An optional property was declared in an open object; old documents may carry that name with another type."),
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL(Status.LENIENT, "A required property with a default was declared in an open object."),
  REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(Status.INCOMPATIBLE, "A required property without a default was declared in an open object; old documents lack it."),
  OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL(Status.COMPATIBLE, "An optional property was declared in a closed or partially open object; old documents could not carry it freely."),
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL(Status.COMPATIBLE, "A required property with a default was declared in a closed or partially open object."),
  REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL(Status.INCOMPATIBLE, "A required property without a default was declared in a closed or partially open object; old documents lack it."),
  PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A new property's schema accepts everything the old `additionalProperties`/`patternProperties` schema allowed for that name."),
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A new property's schema rejects values the old `additionalProperties`/`patternProperties` schema allowed for that name."),
  PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A property was removed from an open object; its values are still allowed as extras."),
  PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A removed property's values are still accepted by `additionalProperties`/`patternProperties`."),
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A removed property's values are not all accepted by `additionalProperties`/`patternProperties`."),
  PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.COMPATIBLE, "A property declared `false` (never allowed) was removed from a closed object."),
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.LENIENT, "A property was removed from a closed object; documents that carry it are now rejected."),

  MAX_ITEMS_ADDED(Status.INCOMPATIBLE, "A `maxItems` appeared; longer arrays that were valid are rejected."),
  MAX_ITEMS_REMOVED(Status.COMPATIBLE, "A `maxItems` was dropped; every array that was valid stays valid."),
  MAX_ITEMS_INCREASED(Status.COMPATIBLE, "`maxItems` grew; every array that was valid stays valid."),
  MAX_ITEMS_DECREASED(Status.INCOMPATIBLE, "`maxItems` shrank; arrays that were valid may now be too long."),
  MIN_ITEMS_ADDED(Status.INCOMPATIBLE, "A `minItems` appeared; shorter arrays that were valid are rejected."),
  MIN_ITEMS_REMOVED(Status.COMPATIBLE, "A `minItems` was dropped; every array that was valid stays valid."),
  MIN_ITEMS_INCREASED(Status.INCOMPATIBLE, "`minItems` grew; arrays that were valid may now be too short."),
  MIN_ITEMS_DECREASED(Status.COMPATIBLE, "`minItems` shrank; every array that was valid stays valid."),
  UNIQUE_ITEMS_ADDED(Status.INCOMPATIBLE, "`uniqueItems` was switched on; arrays with duplicates are rejected."),
  UNIQUE_ITEMS_REMOVED(Status.COMPATIBLE, "`uniqueItems` was switched off; every array that was valid stays valid."),
  ADDITIONAL_ITEMS_ADDED(Status.COMPATIBLE, "Items beyond the tuple went from forbidden to allowed."),
  ADDITIONAL_ITEMS_REMOVED(Status.INCOMPATIBLE, "Items beyond the tuple went from allowed to forbidden."),
  ADDITIONAL_ITEMS_EXTENDED(Status.COMPATIBLE, "The schema constraining items beyond the tuple was dropped."),
  ADDITIONAL_ITEMS_NARROWED(Status.INCOMPATIBLE, "A schema now constrains items beyond the tuple that could hold any value before."),
  ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position accepting any value was added to an open tuple."),
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL(Status.LENIENT, "A constrained tuple position was added to an open tuple; old arrays may hold other values there."),
  ITEM_ADDED_TO_CLOSED_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position was added to a closed tuple; old arrays never reached it."),
  ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A new tuple position accepts everything `additionalItems` allowed there."),
  ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A new tuple position rejects values `additionalItems` allowed there."),
  ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position was removed from an open tuple; its values are still allowed."),
  ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.COMPATIBLE, "A removed tuple position's values are still accepted by `additionalItems`."),
  ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(Status.LENIENT, "A removed tuple position's values are not all accepted by `additionalItems`."),
  ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.COMPATIBLE, "A tuple position declared `false` was removed from a closed tuple."),
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL(Status.LENIENT, "A tuple position was removed from a closed tuple; arrays that reach it are now rejected."),

  ENUM_ARRAY_EXTENDED(Status.COMPATIBLE, "The `enum` gained values; every value that was valid stays valid."),
  ENUM_ARRAY_NARROWED(Status.INCOMPATIBLE, "The `enum` lost values; documents using them are rejected."),
  ENUM_ARRAY_CHANGED(Status.INCOMPATIBLE, "The `enum` or `const` values changed; documents using old values are rejected."),

  COMBINED_TYPE_EXTENDED(Status.COMPATIBLE, "A combined schema changed criterion in a way that accepts at least as much (e.g. to `anyOf`)."),
  COMBINED_TYPE_CHANGED(Status.INCOMPATIBLE, "A combined schema changed criterion in a way that may reject old documents (e.g. `anyOf` to `oneOf`)."),
  PRODUCT_TYPE_EXTENDED(Status.INCOMPATIBLE, "An `allOf` gained sub-schemas; each is one more constraint."),
  PRODUCT_TYPE_NARROWED(Status.COMPATIBLE, "An `allOf` lost sub-schemas (or collapsed to one of them); fewer constraints."),
  SUM_TYPE_EXTENDED(Status.COMPATIBLE, "A `oneOf`/`anyOf` gained branches (or a plain schema became one of the branches)."),
  SUM_TYPE_NARROWED(Status.INCOMPATIBLE, "A `oneOf`/`anyOf` lost branches; documents matching them are rejected."),
  COMBINED_TYPE_SUBSCHEMAS_CHANGED(Status.INCOMPATIBLE, "The sub-schemas of a combined schema cannot all be paired with compatible new ones."),
  NOT_TYPE_EXTENDED(Status.INCOMPATIBLE, "The schema under `not` now forbids more, so some old documents are rejected."),
  NOT_TYPE_NARROWED(Status.COMPATIBLE, "The schema under `not` now forbids less; every document that was valid stays valid."),
  SCHEMA_TOO_COMPLEX(Status.INCOMPATIBLE, "Treaty stopped comparing because the pair needed too many steps; reported as breaking so that nothing passes unchecked.");

  /** Whether a difference keeps every old document valid. */
  enum Status {
    COMPATIBLE,
    /** Compatible only under the LENIENT policy: it matters only to documents with undeclared content. */
    LENIENT,
    INCOMPATIBLE
  }

  private final Status status;
  private final String purpose;

  JsonDifference(Status status, String purpose) {
    this.status = status;
    this.purpose = purpose;
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
