/**
 * The CLS domain model: immutable, null-hostile types for Contrats Locaux de Santé, and the report
 * vocabulary shared by the JSON reader and the validator.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.clsante.model {
  requires static transitive org.immutables.value.annotations;

  exports io.github.clsante.model;
  exports io.github.clsante.model.indicator;
  exports io.github.clsante.model.party;
  exports io.github.clsante.model.report;
  exports io.github.clsante.model.territory;

  // The catalogues of finding messages, which the modules that report codes provide.
  uses io.github.clsante.model.report.FindingMessagesProvider;
}
