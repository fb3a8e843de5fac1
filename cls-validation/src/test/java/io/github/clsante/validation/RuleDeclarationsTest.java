package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a rule added declares, as the builder reads it: a rule that answers null for its codes, its
 * messages, a code or a severity is refused with the rule named; a rule's messages render from the
 * moment its validator is built.
 */
class RuleDeclarationsTest {

  private static final String DECLARING = ContractValidatorBuilderTest.DECLARING;

  /** A number of its own for each code these tests make: the catalogue of findings' messages outlives a test. */
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** A catalogue of one code, its French and English messages given. */
  private static MessageCatalog catalogue(String code, String french, String english) {
    return new MessageCatalog(name -> new ByteArrayInputStream(
        (code + "=" + (name.endsWith("_fr.properties") ? french : english)).getBytes(StandardCharsets.UTF_8)),
        "generated");
  }

  @Test
  void a_rule_without_codes_or_messages_is_refused_with_its_name() {
    ContractRule noCodes = new ContractValidatorBuilderTest.Declaring(null, TestRules.MESSAGES);
    assertThatThrownBy(() -> ContractValidator.builder().addRule(noCodes).build())
        .isInstanceOf(NullPointerException.class).hasMessage(DECLARING + ".codes()");
    ContractRule noMessages = new ContractValidatorBuilderTest.Declaring(Map.of("TEST-OTHER-TITLE", Severity.INFO), null);
    assertThatThrownBy(() -> ContractValidator.builder().addRule(noMessages).build())
        .isInstanceOf(NullPointerException.class).hasMessage(DECLARING + ".messages()");
  }

  @Test
  void a_null_code_or_a_code_without_severity_is_refused_with_the_rule_named() {
    Map<String, Severity> nullCode = new HashMap<>();
    nullCode.put(null, Severity.INFO);
    assertThatThrownBy(() -> ContractValidator.builder()
        .addRule(new ContractValidatorBuilderTest.Declaring(nullCode, TestRules.MESSAGES)).build())
        .isInstanceOf(NullPointerException.class).hasMessage(DECLARING + " declares a null code");
    Map<String, Severity> noSeverity = new HashMap<>();
    noSeverity.put("TEST-OTHER-TITLE", null);
    assertThatThrownBy(() -> ContractValidator.builder()
        .addRule(new ContractValidatorBuilderTest.Declaring(noSeverity, TestRules.MESSAGES)).build())
        .isInstanceOf(NullPointerException.class).hasMessage(DECLARING + " declares no severity for TEST-OTHER-TITLE");
  }

  @Test
  void a_rule_s_messages_render_from_the_moment_its_validator_is_built() {
    String code = "TEST-REGISTERED-" + NEXT.incrementAndGet();
    ContractRule rule = new ContractValidatorBuilderTest.Declaring(Map.of(code, Severity.WARNING),
        catalogue(code, "Le contrat «\u00a0{id}\u00a0» est à revoir.", "Contract \"{id}\" needs a review.")) {
      @Override
      public void check(RuleContext context) {
        context.report(code, "/id", "id", context.contract().id());
      }
    };
    ContractValidator.Builder builder = ContractValidator.builder().addRule(rule);
    assertThat(FindingMessages.codes()).doesNotContain(code);

    ContractValidator validator = builder.build();

    assertThat(FindingMessages.codes()).contains(code);
    Finding finding = validator.validate(Seeds.contract("agglopolys")).findings().stream()
        .filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    assertThat(FindingMessages.message(finding, Locale.FRENCH))
        .isEqualTo("Le contrat «\u00a0" + finding.params().get("id") + "\u00a0» est à revoir.");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH))
        .isEqualTo("Contract \"" + finding.params().get("id") + "\" needs a review.");
  }
}
