package io.github.clsante.testing;

import io.github.clsante.testing.internal.Sizes;

/**
 * QuickTheories generators of whole contracts (contrats locaux de santé): valid ones, and ones that
 * break the business rules on purpose. Both round-trip exactly through the SDK's JSON format.
 *
 * <p>A <b>valid</b> contract is one the SDK's standard validator finds no error in: its parties include
 * the ARS and the carrying local authority, who sign it when it is signed; every reference names a party,
 * sheet or governance body of the contract; ids are unique; periods run forward, the contract's for 3 to
 * 5 years, the sheets' within it; amounts are not negative and fundings stay within their sheet's
 * budget; SIREN, SIRET, FINESS and RNA numbers, INSEE, département and QPV codes and e-mail addresses are
 * well-formed; indicator values fit their measure. Warnings and information may remain. Its text is
 * text as people write it: French typography (’ « » œ, no-break spaces), emoji, right-to-left scripts,
 * newlines.
 *
 * <p>An <b>anything-goes</b> contract is drawn the same way, but each choice a rule looks at goes wrong
 * now and then (a pilot missing, a reference to no party, a duplicate id, an identifier with a wrong
 * key, a period that ends before it starts, a negative amount, amendments out of order…), a quarter of
 * its text is any Unicode text (controls, separators, the byte order mark), and its numbers, dates and
 * amounts reach the bounds the format holds. Over some hundreds of examples every rule of the standard
 * validator fires. A failing example shrinks toward the smallest contract and toward the valid one.
 *
 * <p>Every optional member of every object is set in some contracts and left out in others; every code
 * of every closed list, and every well-known code of every open list, comes up. Draws come only from
 * QuickTheories' randomness: a property with a fixed seed sees the same contracts at every run.
 *
 * <pre>{@code
 * qt().forAll(Contracts.valid())
 *     .checkAssert(contract -> assertThat(validator.validate(contract).report()).hasNoErrors());
 * qt().withExamples(20).forAll(Contracts.valid().large())      // thousands of sheets
 *     .checkAssert(contract -> …);
 * qt().forAll(Contracts.anythingGoes())
 *     .checkAssert(contract -> validator.validate(contract));  // never throws
 * }</pre>
 */
public final class Contracts {

  /** How often, in a hundred, a choice of an anything-goes contract breaks a rule. */
  static final int CHAOS = 12;

  private Contracts() {}

  /**
   * Returns a generator of valid contracts, small by default (0 to 2 axes of 0 to 2 sheets, and so on).
   *
   * @return the generator
   */
  public static ContractGenerator valid() {
    return new ContractGenerator(Sizes.SMALL, 0);
  }

  /**
   * Returns a generator of contracts that break the business rules on purpose, small by default.
   *
   * @return the generator
   */
  public static ContractGenerator anythingGoes() {
    return new ContractGenerator(Sizes.SMALL, CHAOS);
  }
}
