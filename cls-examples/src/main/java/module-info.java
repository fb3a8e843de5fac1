/**
 * The five real seed contracts built with the SDK, and a runnable quick start.
 */
module io.github.clsante.examples {
  requires transitive io.github.clsante.model;

  exports io.github.clsante.examples;
}
