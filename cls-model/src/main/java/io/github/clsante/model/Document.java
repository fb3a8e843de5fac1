package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document belonging to or cited by a contract: the signed convention, an annex holding the action
 * sheets, the diagnostic report.
 */
@Value.Immutable
public interface Document {

  /**
   * Returns the document's title, exactly as written.
   *
   * @return the title
   */
  String title();

  /**
   * Returns where the document can be read.
   *
   * @return the address, if known
   */
  Optional<String> url();

  /**
   * Returns what the document holds, exactly as written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Returns a new builder.
   *
   * @return a builder of documents
   */
  static ImmutableDocument.Builder builder() {
    return ImmutableDocument.builder();
  }
}
