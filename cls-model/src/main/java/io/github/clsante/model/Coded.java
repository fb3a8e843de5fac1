package io.github.clsante.model;

/**
 * A value of a code list: a stable wire code (used in the JSON format) and its French label.
 *
 * <p>Closed code lists are enums implementing this interface; each has a {@code fromCode(String)}
 * look-up. Open code lists extend {@link OpenCode}. Wire codes are lower-case ASCII
 * ({@code in_preparation}, {@code cpam}) and, once published, are never renamed.
 */
public interface Coded {

  /**
   * Returns the wire code, as written in the JSON format.
   *
   * @return the code, never {@code null}
   */
  String code();

  /**
   * Returns the French label (libellé), as an ARS team would read it.
   *
   * @return the label; for an unknown code of an open list, the code itself
   */
  String frenchLabel();
}
