package io.github.clsante.validation;

import static io.github.clsante.testing.ReportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.testing.Choices;
import io.github.clsante.testing.ContractGenerator;
import io.github.clsante.testing.Contracts;
import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * The validator over generated contracts (cls-testing's): it never throws, whatever the contract, and
 * gives the same report for the same contract, whichever validator and whichever copy of the contract;
 * a valid contract gets no error; the rule-breaking contracts make every rule fire; a rule disabled or
 * re-graded changes its own findings and no other.
 */
class ContractValidatorPropertiesTest {

  /** Rule-breaking contracts mostly, valid ones a fifth of the time, and now and then some of a hundred sheets. */
  static final Gen<Contract> CONTRACTS = mixed(Contracts.anythingGoes(), Contracts.valid());

  /** Contracts of a generator, and in a hundred 3 of a hundred sheets or so. */
  private static Gen<Contract> mostlySmall(ContractGenerator contracts) {
    ContractGenerator medium = contracts.withAxes(1, 3).withSheetsPerAxis(20, 60);
    return in -> (Choices.of(in).between(0, 99) < 97 ? contracts : medium).generate(in);
  }

  private static Gen<Contract> mixed(ContractGenerator breaking, ContractGenerator valid) {
    return mostlySmall(breaking).mix(mostlySmall(valid), 20).describedAs(ContractJson::toCanonicalString);
  }

  @TestFactory
  DynamicTest the_validator_never_throws_and_gives_the_same_report_for_the_same_contract() {
    Property<Contract> property = Examples.of(1000)
        .forAll("the validator never throws and is deterministic", CONTRACTS);
    return dynamicTest(property.name(), () -> property.check(contract -> {
      ValidationReport first = ContractValidator.standard().validate(contract);
      // An equal contract built anew (read back from its file), by a validator built anew.
      Contract copy = ContractJson.reader().read(ContractJson.toCanonicalBytes(contract)).contract().orElseThrow();
      ValidationReport second = ContractValidator.builder().build().validate(copy);

      assertThat(second).isEqualTo(first);
      assertThat(second.findings()).isEqualTo(first.findings());
      assertThat(first.report()).doesNotHaveFinding(ValidationReport.INTERNAL_ERROR);
      assertThat(first.findings()).allSatisfy(finding -> assertThat(Rule.fromCode(finding.code()))
          .hasValueSatisfying(rule -> assertThat(finding.severity()).isEqualTo(rule.severity())));
    }));
  }

  @TestFactory
  DynamicTest a_valid_contract_has_no_error() {
    Property<Contract> property = Examples.of(1000).forAll("a valid contract (cls-testing's) has no error",
        mostlySmall(Contracts.valid()).describedAs(ContractJson::toCanonicalString));
    return dynamicTest(property.name(), () -> property.check(contract ->
        assertThat(ContractValidator.standard().validate(contract).report()).hasNoErrors()));
  }

  @Test
  void the_rule_breaking_contracts_make_every_rule_fire() {
    Set<String> codes = new TreeSet<>();
    for (long seed = 0; seed < 600; seed++) {
      ContractValidator.standard().validate(Contracts.anythingGoes().sample(seed)).findings()
          .forEach(f -> codes.add(f.code()));
    }
    Set<String> never = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
    never.removeAll(codes);
    assertThat(never).as("rules that no generated contract breaks").isEmpty();
  }

  @Test
  void a_rule_disabled_or_re_graded_changes_its_findings_only() {
    Rule[] rules = Rule.values();
    Severity[] severities = Severity.values();
    Examples.of(300).qt().withFixedSeed(12L).forAll(longs().all(), integers().between(0, rules.length - 1),
        integers().between(0, severities.length - 1)).checkAssert((seed, r, s) -> {
          Contract contract = Contracts.anythingGoes().sample(seed);
          Rule rule = rules[r];
          Severity severity = severities[s];
          List<Finding> standard = ContractValidator.standard().validate(contract).findings();

          List<Finding> disabled = ContractValidator.builder().disable(rule).build().validate(contract).findings();
          List<Finding> regraded = ContractValidator.builder().severity(rule, severity).build().validate(contract)
              .findings();

          assertThat(disabled).containsExactlyElementsOf(standard.stream().filter(f -> !f.code().equals(rule.code()))
              .collect(Collectors.toList()));
          assertThat(regraded).containsExactlyInAnyOrderElementsOf(standard.stream()
              .map(f -> f.code().equals(rule.code()) ? f.withSeverity(severity) : f).collect(Collectors.toList()));
        });
  }
}
