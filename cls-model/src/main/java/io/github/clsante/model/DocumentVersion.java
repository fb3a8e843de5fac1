package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The version of the document a contract was read from (version du document): a working draft, a
 * project dated by its authors. It says what the document is, not where the contract stands in its
 * life (see {@link Contract#status()}).
 *
 * <pre>{@code
 * DocumentVersion draft = DocumentVersion.builder()
 *     .label("[PROJET – VERSION JUILLET 2016]")
 *     .date(PartialDate.ofMonth(2016, 7))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface DocumentVersion extends WithDocumentVersion {

  /**
   * Returns the document's own words for its version (« Document de travail », « V3 du 12/05 »).
   *
   * @return the label, exactly as written, if any
   */
  Optional<String> label();

  /**
   * Returns the date of this version of the document.
   *
   * @return the date, to the day, month or year, if given
   */
  Optional<PartialDate> date();

  /**
   * Tells whether the document says it is a draft (projet, document de travail).
   *
   * @return {@code true} for a draft, if the document says so
   */
  Optional<Boolean> draft();

  /**
   * Returns a new builder.
   *
   * @return a builder of document versions
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a document version.
   *
   * @param documentVersion the document version to copy
   * @return the copy, or the document version itself when it is already immutable
   */
  static DocumentVersion copyOf(DocumentVersion documentVersion) {
    return ImmutableDocumentVersion.copyOf(documentVersion);
  }

  /** Builds a document version: set its values, then call {@code build()}; obtained from {@link DocumentVersion#builder()}. */
  final class Builder extends ImmutableDocumentVersion.Builder {
    Builder() {}
  }
}
