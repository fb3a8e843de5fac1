/**
 * The canonical JSON interchange format of CLS contracts: a strict streaming reader that reports every
 * problem with its location, the RFC 8785 canonical writer and digest, the JSON Schema, and a small
 * JSON writer for other documents (reports).
 */
// "module": the modules named by the qualified export below are compiled after this one, so javac
// cannot find them here and would warn (a warning fails the build).
@SuppressWarnings("module")
module io.github.clsante.serialization {
  requires transitive io.github.clsante.model;
  requires tools.jackson.core;

  exports io.github.clsante.serialization;

  // The messages and explanations of the reader's problems and the migration's notes.
  provides io.github.clsante.model.report.FindingMessagesProvider
      with io.github.clsante.serialization.internal.FormatMessages;
}
