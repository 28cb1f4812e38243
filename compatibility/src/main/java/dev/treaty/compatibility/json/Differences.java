package dev.treaty.compatibility.json;

import dev.treaty.compatibility.Edit;
import dev.treaty.compatibility.JsonCompatibilityPolicy;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.List;

/** Collects the differences of one comparison; a fresh one per trial comparison. */
final class Differences {

  private final List<Difference> found = new ArrayList<>();
  private final Edit edit;

  Differences(Edit edit) {
    this.edit = edit;
  }

  /** How to word a difference as the edit the user made; the original is the earlier schema unless the check is FORWARD. */
  Edit edit() {
    return edit;
  }

  void add(JsonDifference type, SchemaPath path, String message) {
    found.add(new Difference(type, path, message));
  }

  void addAll(Differences other) {
    found.addAll(other.found);
  }

  boolean compatibleUnder(JsonCompatibilityPolicy policy) {
    return found.stream().allMatch(difference -> difference.type().compatibleUnder(policy));
  }

  /** True when nothing but {@code $id}, {@code title}, {@code description} or {@code default} changed. */
  boolean onlyAnnotations() {
    return found.stream().allMatch(difference -> ANNOTATIONS.contains(difference.type()));
  }

  private static final java.util.Set<JsonDifference> ANNOTATIONS = java.util.EnumSet.of(
      JsonDifference.ID_CHANGED, JsonDifference.TITLE_CHANGED, JsonDifference.DESCRIPTION_CHANGED,
      JsonDifference.DEFAULT_CHANGED);

  int size() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Difference> list() {
    return List.copyOf(found);
  }
}
