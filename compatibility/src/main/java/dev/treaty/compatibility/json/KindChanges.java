package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.Schema;

/**
 * Judges pairs whose nodes are of different kinds: anything may become the empty schema, the
 * false schema may become anything, a plain schema may become a union that contains it, an allOf
 * may collapse to one of its parts; every other change of kind is {@code TYPE_CHANGED}.
 */
final class KindChanges {

  private KindChanges() {}

  /** Returns true when the pair was fully judged here. */
  static boolean judge(SchemaWalker walker, Schema o, Schema u, SchemaPath path, Differences out) {
    boolean sameKind = o.getClass() == u.getClass()
        || SchemaWalker.acceptsAnything(o) && SchemaWalker.acceptsAnything(u);
    if (sameKind) {
      return false;
    }
    if (SchemaWalker.acceptsAnything(u)) {
      out.add(JsonDifference.TYPE_EXTENDED, path,
          Describe.capitalized(Describe.where(path)) + " changed type " + out.edit().fromTo(Describe.kind(o), "any value") + ".");
      return true;
    }
    if (SchemaWalker.acceptsNothing(o)) {
      out.add(JsonDifference.TYPE_EXTENDED, path,
          Describe.capitalized(Describe.where(path)) + " changed type " + out.edit().fromTo("false (nothing)", Describe.kind(u)) + ".");
      return true;
    }
    if (u instanceof CombinedSchema update) {
      plainToCombined(walker, o, update, path, out);
      return true;
    }
    if (o instanceof CombinedSchema original) {
      combinedToPlain(walker, original, u, path, out);
      return true;
    }
    typeChanged(o, u, path, out);
    return true;
  }

  private static void plainToCombined(
      SchemaWalker walker, Schema o, CombinedSchema update, SchemaPath path, Differences out) {
    var branches = update.getSubschemas();
    if (KeywordGroups.isImplicitAllOf(update)
        && KeywordGroups.compare(walker, java.util.List.of(o), branches, path, out)) {
      return;
    }
    if (branches.size() == 1) {
      walker.compare(o, branches.iterator().next(), Combinations.branchPath(update, path, 0), out);
      return;
    }
    boolean sum = update.getCriterion() != CombinedSchema.ALL_CRITERION;
    if (sum && branches.stream().anyMatch(branch -> walker.accepts(o, branch))) {
      out.add(JsonDifference.SUM_TYPE_EXTENDED, Combinations.keywordPath(update, path),
          Describe.capitalized(Describe.where(path)) + " changed type " + out.edit().fromTo(Describe.kind(o), Describe.kind(update)) + ".");
      return;
    }
    typeChanged(o, update, path, out);
  }

  private static void combinedToPlain(
      SchemaWalker walker, CombinedSchema original, Schema u, SchemaPath path, Differences out) {
    var parts = original.getSubschemas();
    if (KeywordGroups.isImplicitAllOf(original)
        && KeywordGroups.compare(walker, parts, java.util.List.of(u), path, out)) {
      return;
    }
    if (parts.size() == 1) {
      walker.compare(parts.iterator().next(), u, path, out);
      return;
    }
    boolean product = original.getCriterion() == CombinedSchema.ALL_CRITERION;
    if (product && parts.stream().anyMatch(part -> walker.accepts(part, u))) {
      out.add(JsonDifference.PRODUCT_TYPE_NARROWED, path,
          Describe.capitalized(Describe.where(path)) + " changed type " + out.edit().fromTo(Describe.kind(original), Describe.kind(u)) + ".");
      return;
    }
    typeChanged(original, u, path, out);
  }

  static void typeChanged(Schema o, Schema u, SchemaPath path, Differences out) {
    out.add(JsonDifference.TYPE_CHANGED, path.child("type"),
        Describe.capitalized(Describe.where(path)) + " changed type " + out.edit().fromTo(Describe.kind(o), Describe.kind(u)) + ".");
  }
}
