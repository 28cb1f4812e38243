package dev.treaty.compatibility.json;

import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.SchemaPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FalseSchema;
import org.everit.json.schema.NotSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

/**
 * Walks an original and an updated schema in parallel, pairing nodes, and hands each pair to the
 * differ for its kind. {@code original} is the schema whose documents must stay valid (the writer),
 * {@code update} the one that must accept them (the reader). References are followed at the place
 * of use; a pair met again while it is still being compared is assumed compatible, so recursive
 * schemas terminate and a real problem inside the cycle is still found on the outer visit.
 */
final class SchemaWalker {

  private static final int STEP_BUDGET = 50_000;

  private final JsonCompatibilityPolicy policy;
  private final Set<Pair> inProgress = new HashSet<>();
  private final Map<Pair, Boolean> verdicts = new HashMap<>();
  private final Set<Pair> clean = new HashSet<>();
  private int steps;
  private boolean exhausted;

  private final Edit edit;

  private SchemaWalker(JsonCompatibilityPolicy policy, Edit edit) {
    this.policy = policy;
    this.edit = edit;
  }

  /** Compares from the root; a walker is used for one such comparison only. */
  static Differences diff(JsonCompatibilityPolicy policy, Schema original, Schema update, Edit edit) {
    try {
      return DeepStack.call(() -> new SchemaWalker(policy, edit).diffFromRoot(original, update));
    } catch (StackOverflowError e) {
      return tooComplex(edit);
    }
  }

  private Differences diffFromRoot(Schema original, Schema update) {
    Differences out = new Differences(edit);
    compare(original, update, SchemaPath.ROOT, out);
    // A partial list would look complete; one breaking finding says what happened instead.
    return exhausted ? tooComplex(edit) : out;
  }

  private static Differences tooComplex(Edit edit) {
    Differences tooComplex = new Differences(edit);
    tooComplex.add(JsonDifference.SCHEMA_TOO_COMPLEX, SchemaPath.ROOT,
        "The schemas were too complex to compare within " + STEP_BUDGET + " steps.");
    return tooComplex;
  }

  /** Whether {@code update} accepts every document {@code original} accepts, under the policy. */
  boolean accepts(Schema original, Schema update) {
    Pair pair = new Pair(References.resolve(original), References.resolve(update));
    Boolean known = verdicts.get(pair);
    if (known != null) {
      return known;
    }
    Differences trial = new Differences(edit);
    compare(original, update, SchemaPath.ROOT, trial);
    boolean verdict = trial.compatibleUnder(policy) && !exhausted;
    // Cached even inside a cycle: an optimistic guess there is re-checked by the outer visit.
    verdicts.put(pair, verdict);
    return verdict;
  }

  /** Compares a pair in a scratch collector and returns what it found, for callers that judge. */
  Differences trial(Schema original, Schema update, SchemaPath path) {
    Differences trial = new Differences(edit);
    compare(original, update, path, trial);
    return trial;
  }

  JsonCompatibilityPolicy policy() {
    return policy;
  }

  void compare(Schema original, Schema update, SchemaPath path, Differences out) {
    if (original == null && update == null) {
      return;
    }
    if (original == null) {
      out.add(JsonDifference.SCHEMA_ADDED, path, out.edit().says(
          "A schema (" + Describe.kind(update) + ") was added to " + Describe.where(path) + ".",
          "The schema (" + Describe.kind(update) + ") of " + Describe.where(path) + " was removed."));
      return;
    }
    if (update == null) {
      out.add(JsonDifference.SCHEMA_REMOVED, path, out.edit().says(
          "The schema (" + Describe.kind(original) + ") of " + Describe.where(path) + " was removed.",
          "A schema (" + Describe.kind(original) + ") was added to " + Describe.where(path) + "."));
      return;
    }
    if (++steps > STEP_BUDGET) {
      exhausted = true;
      return;
    }
    Schema o = References.resolve(original);
    Schema u = References.resolve(update);
    Pair pair = new Pair(o, u);
    if (clean.contains(pair) || !inProgress.add(pair)) {
      return;
    }
    int before = out.size();
    try {
      compareResolved(o, u, path, out);
    } finally {
      inProgress.remove(pair);
    }
    // A pair without differences has none wherever it is used again (only paths would differ),
    // which keeps shared definitions used in many places linear.
    if (out.size() == before && !exhausted) {
      clean.add(pair);
    }
  }

  private void compareResolved(Schema o, Schema u, SchemaPath path, Differences out) {
    if (KindChanges.judge(this, o, u, path, out)) {
      return;
    }
    Annotations.compare(o, u, path, out);
    if (o instanceof ObjectSchema original) {
      ObjectDiff.compare(this, original, (ObjectSchema) u, path, out);
    } else if (o instanceof ArraySchema original) {
      ArrayDiff.compare(this, original, (ArraySchema) u, path, out);
    } else if (o instanceof StringSchema original) {
      StringDiff.compare(original, (StringSchema) u, path, out);
    } else if (o instanceof NumberSchema original) {
      NumberDiff.compare(original, (NumberSchema) u, path, out);
    } else if (o instanceof EnumSchema || o instanceof ConstSchema) {
      EnumDiff.compare(o, u, path, out);
    } else if (o instanceof CombinedSchema original) {
      CombinedDiff.compare(this, original, (CombinedSchema) u, path, out);
    } else if (o instanceof NotSchema original) {
      NotDiff.compare(this, original, (NotSchema) u, path, out);
    } else if (o instanceof ConditionalSchema original) {
      ConditionalDiff.compare(this, original, (ConditionalSchema) u, path, out);
    }
    // null, boolean, true/{} and false carry no keywords beyond their kind.
  }

  static boolean acceptsAnything(Schema schema) {
    return schema instanceof EmptySchema;
  }

  static boolean acceptsNothing(Schema schema) {
    return schema instanceof FalseSchema;
  }

  /** A pair of nodes by identity: distinct nodes are distinct even when equal. */
  private record Pair(Schema original, Schema update) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Pair that && that.original == original && that.update == update;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(original) + System.identityHashCode(update);
    }
  }
}
