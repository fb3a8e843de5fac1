/**
 * The canonical JSON interchange format of CLS contracts: a strict streaming reader that reports every
 * problem with its location, the RFC 8785 canonical writer and digest, and the JSON Schema.
 */
// "module": the modules named by the qualified export below are compiled after this one, so javac
// cannot find them here and would warn (a warning fails the build).
@SuppressWarnings("module")
module io.github.clsante.serialization {
  requires transitive io.github.clsante.model;
  requires tools.jackson.core;

  exports io.github.clsante.serialization;
  // The JSON writer, shared with the SDK's own modules only: not API.
  exports io.github.clsante.serialization.internal to io.github.clsante.validation, io.github.clsante.cli;
}
