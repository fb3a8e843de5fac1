/**
 * The {@code cls} command line: validates contract files for ARS teams, and exposes the format's tools
 * (canonical form, digest, schema, rule catalogue, bundled examples).
 */
module io.github.clsante.cli {
  requires io.github.clsante.examples;
  requires io.github.clsante.validation;
  // Reads and writes action plans in the Territoires en Transitions template (cls import, export, validate).
  requires io.github.clsante.spreadsheet;
  // The HTML report of cls validate --format html.
  requires io.github.clsante.report.html;
  // The web validator of cls serve.
  requires io.github.clsante.server;
  requires info.picocli;
  // Reads the --config file, with the line and column of each value (the SDK's reader uses it too).
  requires tools.jackson.core;
  requires java.logging;
  requires java.xml;

  // picocli reflects on the commands' annotated fields.
  opens io.github.clsante.cli to info.picocli;
}
