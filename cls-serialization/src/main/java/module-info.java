/**
 * The canonical JSON interchange format of CLS contracts. Work in progress: the strict reader, the
 * RFC 8785 writer and the JSON Schema arrive with the format issue; this module exports nothing yet.
 */
module io.github.clsante.serialization {
  requires transitive io.github.clsante.model;
  requires tools.jackson.core;
}
