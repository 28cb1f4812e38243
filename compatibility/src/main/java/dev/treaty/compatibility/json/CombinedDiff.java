package dev.treaty.compatibility.json;

import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.CombinedSchema.ValidationCriterion;
import org.everit.json.schema.Schema;

/**
 * Two combined schemas ({@code allOf}, {@code anyOf}, {@code oneOf}, or the combinations everit
 * builds from a {@code type} array or from several keyword groups). First the criterion, then the
 * number of sub-schemas, then a maximum bipartite matching over the pairs that compare compatibly:
 * every sub-schema of the smaller side must find a partner, whatever the order.
 */
final class CombinedDiff {

  private CombinedDiff() {}

  static void compare(SchemaWalker walker, CombinedSchema o, CombinedSchema u, SchemaPath path, Differences out) {
    if (KeywordGroups.isImplicitAllOf(o) && KeywordGroups.isImplicitAllOf(u)
        && KeywordGroups.compare(walker, o.getSubschemas(), u.getSubschemas(), path, out)) {
      return;
    }
    List<Schema> originals = distinct(o.getSubschemas());
    List<Schema> updates = distinct(u.getSubschemas());
    SchemaPath at = Combinations.keywordPath(u, path);
    String where = Describe.where(path);
    ValidationCriterion before = o.getCriterion();
    ValidationCriterion after = u.getCriterion();
    if (before != after) {
      String change = "The combination of " + where + " changed " + out.edit().fromTo(before, after);
      if (!criterionWidens(before, after, originals.size(), updates.size())) {
        out.add(JsonDifference.COMBINED_TYPE_CHANGED, at, change + ".");
        return;
      }
      out.add(JsonDifference.COMBINED_TYPE_EXTENDED, at, change + ".");
    }
    // More parts of an update allOf are more constraints; fewer parts of an original allOf fewer,
    // whatever the update's criterion became.
    if (updates.size() > originals.size()) {
      boolean product = after == CombinedSchema.ALL_CRITERION;
      out.add(product ? JsonDifference.PRODUCT_TYPE_EXTENDED : JsonDifference.SUM_TYPE_EXTENDED, at,
          count(where, after, updates.size(), originals.size(), out));
    } else if (updates.size() < originals.size()) {
      boolean product = before == CombinedSchema.ALL_CRITERION;
      out.add(product ? JsonDifference.PRODUCT_TYPE_NARROWED : JsonDifference.SUM_TYPE_NARROWED, at,
          count(where, after, updates.size(), originals.size(), out));
    }
    match(walker, originals, updates, u, path, out);
  }

  private static void match(
      SchemaWalker walker, List<Schema> originals, List<Schema> updates, CombinedSchema u, SchemaPath path,
      Differences out) {
    boolean[][] edges = new boolean[originals.size()][updates.size()];
    for (int i = 0; i < originals.size(); i++) {
      for (int j = 0; j < updates.size(); j++) {
        edges[i][j] = walker.accepts(originals.get(i), updates.get(j));
      }
    }
    int[] partners = BipartiteMatching.maximum(edges, updates.size());
    if (BipartiteMatching.size(partners) < Math.min(originals.size(), updates.size())) {
      out.add(JsonDifference.COMBINED_TYPE_SUBSCHEMAS_CHANGED, Combinations.keywordPath(u, path),
          "Some sub-schemas of the " + u.getCriterion() + " of " + Describe.where(path)
              + out.edit().says(" have no compatible counterpart in the new version.", " have no compatible counterpart in the earlier version."));
      return;
    }
    List<Schema> listed = new ArrayList<>(u.getSubschemas());
    for (int j = 0; j < partners.length; j++) {
      if (partners[j] >= 0) {
        int index = indexOf(listed, updates.get(j));
        walker.compare(originals.get(partners[j]), updates.get(j), Combinations.branchPath(u, path, index), out);
      }
    }
  }

  private static String count(String where, ValidationCriterion criterion, int now, int before, Differences out) {
    return "The number of sub-schemas in the " + criterion + " of " + where + " changed " + out.edit().fromTo(before, now) + ".";
  }

  private static boolean criterionWidens(
      ValidationCriterion before, ValidationCriterion after, int originalCount, int updateCount) {
    return after == CombinedSchema.ANY_CRITERION
        || originalCount == 1 && updateCount == 1
        || originalCount == 1 && after == CombinedSchema.ONE_CRITERION
        || before == CombinedSchema.ALL_CRITERION && updateCount == 1;
  }

  // Keyed by everit's JSON rendering, which prints a $ref without following it: everit's own
  // equals follows references and would not terminate on recursive schemas.
  private static List<Schema> distinct(java.util.Collection<Schema> schemas) {
    java.util.Map<String, Schema> distinct = new java.util.LinkedHashMap<>();
    for (Schema schema : schemas) {
      distinct.putIfAbsent(schema.toString(), schema);
    }
    return new ArrayList<>(distinct.values());
  }

  private static int indexOf(List<Schema> schemas, Schema wanted) {
    for (int i = 0; i < schemas.size(); i++) {
      if (schemas.get(i) == wanted) {
        return i;
      }
    }
    return 0;
  }
}
