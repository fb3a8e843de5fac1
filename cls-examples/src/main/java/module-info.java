/**
 * The five real seed contracts built with the SDK, their canonical JSON files, and a runnable quick
 * start.
 */
module io.github.clsante.examples {
  requires transitive io.github.clsante.model;
  requires io.github.clsante.serialization;
  requires io.github.clsante.validation;

  exports io.github.clsante.examples;
}
