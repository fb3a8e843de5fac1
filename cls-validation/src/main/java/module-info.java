/**
 * Validation of CLS contracts. Work in progress: the rule catalogue arrives with the validation issue;
 * this module exports nothing yet.
 */
module io.github.clsante.validation {
  requires transitive io.github.clsante.model;
  requires io.github.clsante.serialization;
}
