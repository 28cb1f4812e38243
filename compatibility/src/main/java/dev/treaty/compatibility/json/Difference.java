package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;

/** One difference between an original and an updated schema, at a JSON Pointer. */
record Difference(JsonDifference type, SchemaPath path, String message) {}
