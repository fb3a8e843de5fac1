/**
 * Test support for CLS contracts: QuickTheories generators of every model type, valid and
 * rule-breaking contracts of any size, AssertJ assertions on reports, and the seed contracts by name.
 */
// QuickTheories 0.26 names no module: its jar is the automatic module "quicktheories", named after its
// file. Tests that use these generators read it through this module (requires transitive).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.clsante.testing {
  requires transitive io.github.clsante.model;
  requires transitive quicktheories;
  requires transitive org.assertj.core;

  exports io.github.clsante.testing;
}
