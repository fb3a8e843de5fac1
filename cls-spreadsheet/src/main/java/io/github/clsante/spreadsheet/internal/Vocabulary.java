package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.Coded;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Priority;
import io.github.clsante.model.SheetStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one of the template's drop-down lists (liste déroulante) and the value each names: the
 * template's words as written read silently, any other spelling that folds to one of them (accents, case,
 * spaces, hyphens) is read and reported.
 *
 * @param <T> the value
 */
public final class Vocabulary<T> {

  /** The statuses: the template's list (« Bloqué » and « Abandonné » with their trailing space) and the model's labels. */
  public static final Vocabulary<SheetStatus> STATUS = new Vocabulary<SheetStatus>()
      .word("À venir", SheetStatus.TO_COME).word("À discuter", SheetStatus.TO_DISCUSS)
      .word("En cours", SheetStatus.IN_PROGRESS).word("Réalisé", SheetStatus.DONE)
      .word("En retard", SheetStatus.LATE).word("En pause", SheetStatus.PAUSED)
      .word("Bloqué", SheetStatus.BLOCKED).word("Abandonné", SheetStatus.ABANDONED)
      .exact("Bloqué ").exact("Abandonné ").codes(SheetStatus.values());

  /** The priorities: the template's Élevé, Moyen, Bas and the model's Élevée, Moyenne, Basse. */
  public static final Vocabulary<Priority> PRIORITY = new Vocabulary<Priority>()
      .word("Élevé", Priority.HIGH).word("Moyen", Priority.MEDIUM).word("Bas", Priority.LOW)
      .exact("Élevée").exact("Moyenne").exact("Basse").codes(Priority.values());

  /** The levels of citizen participation, by their French labels. */
  public static final Vocabulary<ParticipationLevel> PARTICIPATION = vocabulary(ParticipationLevel.values());

  /** « Action en amélioration continue »: VRAI or FAUX (TRUE, FALSE in an English Excel). */
  public static final Vocabulary<Boolean> BOOLEAN = new Vocabulary<Boolean>()
      .word("VRAI", Boolean.TRUE).word("FAUX", Boolean.FALSE).exact("TRUE").exact("FALSE")
      .alias("oui", Boolean.TRUE).alias("non", Boolean.FALSE).alias("1", Boolean.TRUE).alias("0", Boolean.FALSE)
      .alias("yes", Boolean.TRUE).alias("no", Boolean.FALSE);

  /** The template's words, in the template's order, with their value. */
  private final Map<String, T> words = new LinkedHashMap<>();
  /** Every word read without a finding. */
  private final Map<String, T> exact = new HashMap<>();
  /** Every folded spelling, with the template's word it stands for. */
  private final Map<String, String> byKey = new HashMap<>();

  private Vocabulary() {}

  private static <E extends Enum<E> & Coded> Vocabulary<E> vocabulary(E[] values) {
    Vocabulary<E> vocabulary = new Vocabulary<>();
    for (E value : values) {
      vocabulary.word(value.frenchLabel(), value);
    }
    return vocabulary.codes(values);
  }

  private Vocabulary<T> word(String word, T value) {
    words.put(word, value);
    exact.put(word, value);
    byKey.putIfAbsent(Texts.key(word), word);
    return this;
  }

  /** Another spelling read without a finding (the template's own list, the model's labels). */
  private Vocabulary<T> exact(String spelling) {
    String word = byKey.get(Texts.key(spelling));
    exact.put(spelling, words.get(word));
    return this;
  }

  private Vocabulary<T> alias(String spelling, T value) {
    for (Map.Entry<String, T> entry : words.entrySet()) {
      if (entry.getValue().equals(value)) {
        byKey.putIfAbsent(Texts.key(spelling), entry.getKey());
        break;
      }
    }
    return this;
  }

  @SuppressWarnings("unchecked")
  private <E extends Enum<E> & Coded> Vocabulary<T> codes(E[] values) {
    for (E value : values) {
      alias(value.code(), (T) value);
      String word = byKey.get(Texts.key(value.frenchLabel()));
      if (word == null) {
        alias(value.frenchLabel(), (T) value);
      } else if (!exact.containsKey(value.frenchLabel())) {
        exact(value.frenchLabel());
      }
    }
    return this;
  }

  /**
   * A value as read: what it names, and the template's word when it was written otherwise.
   *
   * @param <T> the value
   * @param value the value
   * @param normalisedFrom the template's word when the text was another spelling of it, or null
   */
  public record Reading<T>(T value, String normalisedFrom) {}

  /**
   * Reads a text.
   *
   * @param text the text as written
   * @return the value, with the template's word when the text was spelt otherwise; empty for an unknown text
   */
  public Optional<Reading<T>> read(String text) {
    T value = exact.get(text);
    if (value != null) {
      return Optional.of(new Reading<>(value, null));
    }
    String word = byKey.get(Texts.key(text));
    return word == null ? Optional.empty() : Optional.of(new Reading<>(words.get(word), word));
  }

  /**
   * Returns the template's words, in its order.
   *
   * @return the words
   */
  public Set<String> words() {
    return words.keySet();
  }
}
