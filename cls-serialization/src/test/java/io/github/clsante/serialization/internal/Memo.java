package io.github.clsante.serialization.internal;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A model type of the tests only: a memo with a title, an author and tags, built as the model's value
 * types are (an Immutables interface), for {@link FormatCoverageTest} to declare in a format that
 * forgets one of its attributes.
 */
@Value.Immutable
interface Memo {

  /** The title, required. */
  String title();

  /** The author, if known. */
  Optional<String> author();

  /** The tags. */
  List<String> tags();

  /** Derived: whether the memo has tags (not an attribute to write). */
  default boolean tagged() {
    return !tags().isEmpty();
  }
}
