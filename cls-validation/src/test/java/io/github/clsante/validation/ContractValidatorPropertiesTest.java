package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator never throws, whatever the contract, and gives the same report for the same contract;
 * a rule disabled or re-graded changes its own findings and no other.
 * Contracts are drawn from a seed ({@link RuleBreakingContracts}) so that together they make every rule
 * fire.
 */
class ContractValidatorPropertiesTest {

  @Test
  void the_validator_never_throws_and_gives_the_same_report_for_the_same_contract() {
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      Contract contract = RuleBreakingContracts.contract(seed);

      ValidationReport first = ContractValidator.standard().validate(contract);
      ValidationReport second = ContractValidator.standard().validate(RuleBreakingContracts.contract(seed));

      assertThat(second).isEqualTo(first);
      assertThat(first.findings()).allSatisfy(f -> assertThat(Rule.fromCode(f.code())).isPresent());
    });
  }

  @Test
  void validating_the_canonical_file_finds_what_validating_the_contract_finds() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Contract contract = RuleBreakingContracts.contract(seed);

      ValidationReport fromFile = ContractValidator.standard().validate(ContractJson.toCanonicalBytes(contract));
      ValidationReport inMemory = ContractValidator.standard().validate(contract);

      assertThat(fromFile.findings()).hasSameSizeAs(inMemory.findings());
      for (int i = 0; i < inMemory.findings().size(); i++) {
        assertThat(fromFile.findings().get(i).code()).isEqualTo(inMemory.findings().get(i).code());
        assertThat(fromFile.findings().get(i).pointer()).isEqualTo(inMemory.findings().get(i).pointer());
        assertThat(fromFile.findings().get(i).location()).isPresent();
      }
    });
  }

  @Test
  void the_generated_contracts_make_every_rule_fire() {
    Set<String> codes = new TreeSet<>();
    for (long seed = 0; seed < 500; seed++) {
      ContractValidator.standard().validate(RuleBreakingContracts.contract(seed)).findings().forEach(f -> codes.add(f.code()));
    }
    assertThat(codes).isEqualTo(Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void a_rule_disabled_or_re_graded_changes_its_findings_only() {
    Rule[] rules = Rule.values();
    Severity[] severities = Severity.values();
    qt().withFixedSeed(12L).withExamples(300).forAll(longs().all(), integers().between(0, rules.length - 1),
        integers().between(0, severities.length - 1)).checkAssert((seed, r, s) -> {
          Contract contract = RuleBreakingContracts.contract(seed);
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
