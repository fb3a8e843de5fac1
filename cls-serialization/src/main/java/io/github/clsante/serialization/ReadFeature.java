package io.github.clsante.serialization;

/**
 * Options of a {@link ContractReader}, each off unless enabled with {@link
 * ContractReader#with(ReadFeature...)}.
 */
public enum ReadFeature {
  /**
   * Lenient reading: a member the format does not define is a {@link
   * io.github.clsante.model.report.Severity#WARNING} (its value is ignored) instead of an error. Off:
   * strict reading, the default for files received from others.
   */
  IGNORE_UNKNOWN_MEMBERS,

  /**
   * Records the line and column of every value read, so that {@link ReadResult#locationOf(String)} can
   * locate any JSON Pointer into the document (the validator uses it to place rule findings). Off by
   * default, though cheap: a few numbers per value, and the result keeps the document's bytes, to turn
   * the column of a value asked for into UTF-16 units.
   */
  RECORD_LOCATIONS
}
