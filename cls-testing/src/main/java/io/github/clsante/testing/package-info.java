/**
 * Test support for CLS contracts (outils de test), for the SDK's own tests and its users': QuickTheories
 * generators of valid contracts and of contracts that break the rules, of any size ({@link
 * io.github.clsante.testing.Contracts}), and of every type of the model ({@link
 * io.github.clsante.testing.ModelGenerators}); AssertJ assertions on reports and findings ({@link
 * io.github.clsante.testing.ReportAssertions}); the seed contracts by name ({@link
 * io.github.clsante.testing.Seeds}); and the examples and seed of a property, printed in its name
 * ({@link io.github.clsante.testing.Examples}).
 *
 * <pre>{@code
 * import static io.github.clsante.testing.ReportAssertions.assertThat;
 *
 * Examples.of(1000).qt().forAll(Contracts.valid()).checkAssert(contract ->
 *     assertThat(ContractValidator.standard().validate(contract).report()).hasNoErrors());
 * }</pre>
 */
package io.github.clsante.testing;
