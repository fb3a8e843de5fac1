/**
 * The HTML report of a validation run (rapport HTML): one self-contained page, in French or English, for
 * the people who check CLS contracts without a terminal.
 */
module io.github.clsante.report.html {
  requires transitive io.github.clsante.model;
  requires transitive io.github.clsante.serialization;
  requires transitive io.github.clsante.validation;

  exports io.github.clsante.report.html;
}
