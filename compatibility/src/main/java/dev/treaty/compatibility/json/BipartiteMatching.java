package dev.treaty.compatibility.json;

import java.util.Arrays;

/**
 * Maximum matching in a bipartite graph (augmenting paths, Kuhn's algorithm). Sub-schema lists
 * are short, so the cubic bound is no concern.
 */
final class BipartiteMatching {

  private final boolean[][] edges;
  private final int[] leftOfRight;

  private BipartiteMatching(boolean[][] edges, int rightSize) {
    this.edges = edges;
    this.leftOfRight = new int[rightSize];
    Arrays.fill(leftOfRight, -1);
  }

  /** For each right vertex, the left vertex matched to it, or -1. */
  static int[] maximum(boolean[][] edges, int rightSize) {
    BipartiteMatching matching = new BipartiteMatching(edges, rightSize);
    for (int left = 0; left < edges.length; left++) {
      matching.augment(left, new boolean[rightSize]);
    }
    return matching.leftOfRight.clone();
  }

  static int size(int[] leftOfRight) {
    return (int) Arrays.stream(leftOfRight).filter(left -> left >= 0).count();
  }

  private boolean augment(int left, boolean[] visited) {
    for (int right = 0; right < leftOfRight.length; right++) {
      if (edges[left][right] && !visited[right]) {
        visited[right] = true;
        if (leftOfRight[right] < 0 || augment(leftOfRight[right], visited)) {
          leftOfRight[right] = left;
          return true;
        }
      }
    }
    return false;
  }
}
