package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document belonging to or cited by a contract: the signed convention, an annex holding the action
 * sheets, the diagnostic report.
 */
@Value.Immutable
public interface Document extends WithDocument {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a document.
   *
   * @param document the document to copy
   * @return the copy, or the document itself when it is already immutable
   */
  static Document copyOf(Document document) {
    return ImmutableDocument.copyOf(document);
  }

  /** Builds a document: set its values, then call {@code build()}; obtained from {@link Document#builder()}. */
  final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
