package io.github.clsante.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the likely intended word for a mistyped one: "did you mean" for commands, options, values and codes. */
final class Suggest {

  private Suggest() {}

  /**
   * Returns the candidate closest to what was typed, compared without case: one at most a third of its
   * letters away (at least 1, at most 3 edits; a swap of two neighbours counts as one), else one that
   * starts with the word (« valid » for « validate »), else one of whose dash-separated parts the word
   * is (« SIREN » for « CLS-ID-SIREN »).
   *
   * @param typed what was typed
   * @param candidates the valid words
   * @return the suggestion, or empty when none is close
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String word = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    if (best != null && bestDistance <= allowed && bestDistance > 0) {
      return Optional.of(best);
    }
    if (best != null && bestDistance == 0 && !best.equals(typed)) {
      return Optional.of(best); // only the case differs
    }
    if (word.length() >= 3) {
      for (String candidate : candidates) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.startsWith(word) || word.length() >= 4 && lower.endsWith("-" + word) || lower.startsWith(word + "-") || lower.contains("-" + word + "-")) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
