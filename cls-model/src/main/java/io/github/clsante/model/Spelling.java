package io.github.clsante.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds what a person meant by what they wrote (orthographe): the code whose French label they typed
 * (« signé » for {@code signed}), the id or name they misspelt by a letter or two. Readers use it to
 * suggest a fix in their findings; importers use it to read values written by hand.
 *
 * <p>Texts are compared {@linkplain #fold(String) folded}: without case, accents, spaces or
 * punctuation, so that « En cours », « en-cours » and {@code EN_COURS} are the same.
 *
 * <pre>{@code
 * Spelling.byLabel(List.of(ContractStatus.values()), "Signé");            // Optional[SIGNED]
 * Spelling.closestCode(List.of(ContractStatus.values()), "sigend");      // Optional[SIGNED]
 * Spelling.closest(List.of("cias-du-blaisois", "agglopolys"), "cias-du-blaisoi", 2);  // Optional[cias-du-blaisois]
 * }</pre>
 */
public final class Spelling {

  /** Texts longer than this are nobody's typo: no suggestion is looked for (and none is costly). */
  private static final int LONGEST = 200;

  private Spelling() {}

  /**
   * Folds a text for comparison: letters and digits only, lower case, without accents (œ and æ become
   * oe and ae).
   *
   * @param text the text
   * @return the folded text ({@code "Île-de-France"} → {@code "iledefrance"})
   */
  public static String fold(String text) {
    // ASCII text is its own decomposition: the normalizer, the costly part, is skipped (member names,
    // codes and most ids are ASCII, and a reader may fold thousands of them).
    String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c == 'œ' || c == 'Œ') {
        folded.append("oe");
      } else if (c == 'æ' || c == 'Æ') {
        folded.append("ae");
      } else if (Character.isLetterOrDigit(c)) {
        folded.append(Character.toLowerCase(c));
      }
    }
    return folded.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the code whose French label or wire code is the text, folded.
   *
   * @param codes the codes of a list
   * @param text what was written
   * @param <C> the code type
   * @return the code, or empty when none or more than one matches
   */
  public static <C extends Coded> Optional<C> byLabel(Collection<? extends C> codes, String text) {
    Objects.requireNonNull(text, "text");
    String folded = fold(text);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    C found = null;
    for (C code : codes) {
      if (fold(code.frenchLabel()).equals(folded) || fold(code.code()).equals(folded)) {
        if (found != null && !found.equals(code)) {
          return Optional.empty();
        }
        found = code;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the code the text most likely means: the one {@link #byLabel(Collection, String) by label},
   * or else the one whose code or label is closest, at most two letters away (one for short texts).
   *
   * @param codes the codes of a list
   * @param text what was written
   * @param <C> the code type
   * @return the code, or empty when none is close or two are equally close
   */
  public static <C extends Coded> Optional<C> closestCode(Collection<? extends C> codes, String text) {
    Optional<C> exact = byLabel(codes, text);
    if (exact.isPresent()) {
      return exact;
    }
    if (text.length() > LONGEST) {
      return Optional.empty();
    }
    String folded = fold(text);
    int limit = allowedEdits(folded);
    C best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (C code : codes) {
      int distance = Math.min(distance(folded, fold(code.code()), limit), distance(folded, fold(code.frenchLabel()), limit));
      if (distance < bestDistance) {
        best = code;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance && !code.equals(best)) {
        tie = true;
      }
    }
    return bestDistance <= limit && !tie ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Returns the candidate closest to the text, at most {@code maxEdits} letters away (insertions,
   * deletions, substitutions, or two neighbours swapped), compared folded; the exact candidate, folded,
   * first.
   *
   * @param candidates the possible values (ids, names)
   * @param text what was written
   * @param maxEdits the most edits allowed
   * @return the closest candidate, or empty when none is close enough, two are equally close, or the
   *     text is longer than 200 characters
   */
  public static Optional<String> closest(Collection<String> candidates, String text, int maxEdits) {
    Objects.requireNonNull(text, "text");
    if (text.length() > LONGEST) {
      return Optional.empty();
    }
    String folded = fold(text);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : candidates) {
      if (candidate.equals(text)) {
        continue;
      }
      int distance = distance(folded, fold(candidate), maxEdits);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance && !candidate.equals(best)) {
        tie = true;
      }
    }
    return bestDistance <= maxEdits && !tie ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * Returns how many edits (insertions, deletions, substitutions, two neighbours swapped) turn one text
   * into the other, compared folded.
   *
   * @param a a text
   * @param b another text
   * @param limit the most edits worth counting
   * @return the number of edits, or {@code limit + 1} when there are more
   */
  public static int edits(String a, String b, int limit) {
    if (a.length() > LONGEST || b.length() > LONGEST) {
      return limit + 1;
    }
    return distance(fold(a), fold(b), limit);
  }

  /** One edit for texts of up to four letters, two beyond. */
  private static int allowedEdits(String folded) {
    return folded.length() <= 4 ? 1 : 2;
  }

  /**
   * The optimal string alignment distance between two texts, or {@code limit + 1} as soon as it is
   * known to exceed the limit.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
