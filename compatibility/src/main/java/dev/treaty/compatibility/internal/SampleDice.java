package dev.treaty.compatibility.internal;

import java.util.SplittableRandom;

/**
 * The decisions behind one generated sample. Sample 0 is the smallest event the schema allows
 * (optionals absent or null, empty collections, lower bounds, short ASCII text); sample 1 the
 * fullest (everything present, large collections, upper bounds, non-ASCII text); later samples mix
 * both at random. Alternatives (union branches, oneof cases, enum symbols) rotate with the index,
 * so {@code n} samples cover every alternative of a choice among {@code n}. Not thread-safe: one per
 * sample.
 */
public final class SampleDice {

  /** Elements in a "large" collection. */
  public static final int LARGE = 25;

  /** Nesting of one recursive type beyond which only values that end the recursion are chosen. */
  public static final int RECURSION_LIMIT = 2;

  /** Collection elements and optionals one sample may hold before the rest stay small, so nesting cannot explode. */
  private static final int BUDGET = 400;

  private final int index;
  private final SplittableRandom random;
  private int spent;

  public SampleDice(long seed, int index) {
    this.index = index;
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
  }

  /** Another attempt at the same sample, for schemas whose constraints are checked after building. */
  public SampleDice retry(int attempt) {
    return new SampleDice(random.nextLong() + attempt, index);
  }

  public boolean smallest() {
    return index == 0;
  }

  public boolean fullest() {
    return index == 1;
  }

  /** Which of {@code n} alternatives this sample takes: rotates with the index. */
  public int alternative(int n) {
    return n <= 1 ? 0 : Math.floorMod(index, n);
  }

  /** Whether an optional element is there. */
  public boolean present() {
    if (smallest() || spent >= BUDGET) {
      return false;
    }
    spent++;
    return fullest() || random.nextInt(3) > 0;
  }

  /** A collection size within bounds ({@code max} < 0: unbounded). */
  public int size(int min, int max) {
    int upper = max < 0 ? Math.max(min, LARGE) : Math.min(max, Math.max(min, LARGE));
    if (smallest() || spent >= BUDGET) {
      return min;
    }
    int size = fullest() ? upper : min + random.nextInt(Math.min(upper, min + 4) - min + 1);
    spent += size;
    return size;
  }

  /** A long in [min, max], the bounds themselves on the first two samples. */
  public long between(long min, long max) {
    if (smallest()) {
      return min;
    }
    if (fullest()) {
      return max;
    }
    if (max - min < 0 || max - min == Long.MAX_VALUE) {
      return random.nextLong(-1_000_000, 1_000_000);
    }
    return min + random.nextLong(max - min + 1);
  }

  /** A double in [min, max], the bounds themselves on the first two samples. */
  public double between(double min, double max) {
    if (smallest()) {
      return min;
    }
    if (fullest()) {
      return max;
    }
    return min + random.nextDouble() * (max - min);
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public long nextLong() {
    return random.nextLong();
  }

  public boolean nextBoolean() {
    return random.nextBoolean();
  }

  /** The random source, for libraries that take a {@link java.util.random.RandomGenerator}. */
  public SplittableRandom random() {
    return random;
  }

  /** Whether text should carry characters beyond ASCII. */
  public boolean unicode() {
    return !smallest() && (fullest() || random.nextInt(3) == 0);
  }
}
