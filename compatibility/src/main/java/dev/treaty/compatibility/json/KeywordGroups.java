package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.Schema;

/**
 * One schema object that everit splits into several keyword groups ({@code type} + {@code enum},
 * {@code type} + {@code not}, properties + {@code oneOf}) is an implicit allOf. Its parts are
 * paired by kind, so a changed enum is reported as an enum change: a part only in the update is
 * one more constraint (PRODUCT_TYPE_EXTENDED), one only in the original one fewer
 * (PRODUCT_TYPE_NARROWED).
 */
final class KeywordGroups {

  private KeywordGroups() {}

  static boolean isImplicitAllOf(Schema schema) {
    return schema instanceof CombinedSchema combined
        && combined.getCriterion() == CombinedSchema.ALL_CRITERION
        && Combinations.isSynthetic(combined);
  }

  /** Compares the groups; returns false (and reports nothing) when a kind occurs twice on a side. */
  static boolean compare(
      SchemaWalker walker, Collection<Schema> before, Collection<Schema> after, SchemaPath path, Differences out) {
    Map<String, Schema> original = byKind(before);
    Map<String, Schema> update = byKind(after);
    if (original == null || update == null) {
      return false;
    }
    TreeSet<String> kinds = new TreeSet<>(original.keySet());
    kinds.addAll(update.keySet());
    String where = Describe.where(path);
    for (String kind : kinds) {
      Schema o = original.get(kind);
      Schema u = update.get(kind);
      if (o != null && u != null) {
        walker.compare(o, u, path, out);
      } else if (u != null) {
        out.add(JsonDifference.PRODUCT_TYPE_EXTENDED, path.child(keyword(u)),
            Describe.capitalized(where) + " " + out.edit().says("gained", "lost") + " the constraint `" + keyword(u) + "` (" + Describe.kind(u) + ").");
      } else {
        out.add(JsonDifference.PRODUCT_TYPE_NARROWED, path.child(keyword(o)),
            Describe.capitalized(where) + " " + out.edit().says("lost", "gained") + " the constraint `" + keyword(o) + "` (" + Describe.kind(o) + ").");
      }
    }
    return true;
  }

  private static Map<String, Schema> byKind(Collection<Schema> parts) {
    Map<String, Schema> byKind = new LinkedHashMap<>();
    for (Schema part : parts) {
      Schema resolved = References.resolve(part);
      String kind = resolved instanceof CombinedSchema combined
          ? "combined " + combined.getCriterion()
          : resolved.getClass().getName();
      if (byKind.put(kind, part) != null) {
        return null;
      }
    }
    return byKind;
  }

  private static String keyword(Schema schema) {
    Schema resolved = References.resolve(schema);
    if (resolved instanceof EnumSchema) {
      return "enum";
    }
    if (resolved instanceof ConstSchema) {
      return "const";
    }
    if (resolved instanceof NotSchema) {
      return "not";
    }
    if (resolved instanceof ConditionalSchema) {
      return "if";
    }
    if (resolved instanceof CombinedSchema combined) {
      return combined.getCriterion().toString();
    }
    return "type";
  }
}
