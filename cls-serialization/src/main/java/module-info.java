/**
 * The canonical JSON interchange format of CLS contracts: a strict streaming reader that reports every
 * problem with its location, the RFC 8785 canonical writer and digest, and the JSON Schema.
 */
module io.github.clsante.serialization {
  requires transitive io.github.clsante.model;
  requires tools.jackson.core;

  exports io.github.clsante.serialization;
  // The JSON writer, shared with the SDK's own modules only: not API.
  exports io.github.clsante.serialization.internal to io.github.clsante.validation, io.github.clsante.cli;
}
