package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A follow-up note on an action sheet (note de suivi): a dated remark by its pilots. */
@Value.Immutable
public interface FollowUpNote {

  /**
   * Returns when the note was written.
   *
   * @return the date, to the day, month or year, if known
   */
  Optional<PartialDate> date();

  /**
   * Returns the note, exactly as written.
   *
   * @return the text
   */
  String text();

  /**
   * Returns a new builder.
   *
   * @return a builder of notes
   */
  static ImmutableFollowUpNote.Builder builder() {
    return ImmutableFollowUpNote.builder();
  }
}
