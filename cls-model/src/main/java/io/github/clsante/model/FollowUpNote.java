package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A follow-up note on an action sheet (note de suivi): a dated remark by its pilots. */
@Value.Immutable
public interface FollowUpNote extends WithFollowUpNote {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a follow up note.
   *
   * @param followUpNote the follow up note to copy
   * @return the copy, or the follow up note itself when it is already immutable
   */
  static FollowUpNote copyOf(FollowUpNote followUpNote) {
    return ImmutableFollowUpNote.copyOf(followUpNote);
  }

  /** Builds a follow up note: set its values, then call {@code build()}; obtained from {@link FollowUpNote#builder()}. */
  final class Builder extends ImmutableFollowUpNote.Builder {
    Builder() {}
  }
}
