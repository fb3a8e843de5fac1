/**
 * The five real seed contracts built with the SDK, their canonical JSON files, a runnable quick
 * start, and a worked example of regional rules (CentreValDeLoireRules).
 */
module io.github.clsante.examples {
  requires transitive io.github.clsante.model;
  requires io.github.clsante.serialization;
  // CentreValDeLoireRules is a ContractRule: the validation API (and Hibernate Validator's mapping) is in its signatures.
  requires transitive io.github.clsante.validation;

  exports io.github.clsante.examples;
}
