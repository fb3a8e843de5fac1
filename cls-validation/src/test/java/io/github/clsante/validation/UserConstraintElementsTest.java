package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Contract;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.Period;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.Territory;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.AssertFalseDef;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.hibernate.validator.cfg.defs.NullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.junit.jupiter.api.Test;

/**
 * Users' Jakarta constraints on the elements of the model's lists and optionals ({@code
 * List<@Size(min = 12) String>}, {@code Optional<@Null EuroAmount>}), as Hibernate Validator's
 * programmatic mapping writes them ({@code containerElementType()}): each element refused is a finding
 * at its own pointer, with the value refused as the model names it (an amount in euros, a date as
 * written, a number, a code list's wire code), in objects held in lists, optionals and members alike, and a message that is not a declared code is refused when the
 * validator is built, the element named.
 */
class UserConstraintElementsTest {

  private static final String SHORT = "TEST-OBJECTIVE-SHORT";
  private static final String KIND = "TEST-BODY-KIND";
  private static final String BUDGET = "TEST-BUDGET-CAP";
  private static final String SIGNED = "TEST-SIGNED-EARLY";
  private static final String QPV = "TEST-QPV-FORM";
  private static final String LONG = "TEST-PERIOD-LONG";

  /** A rule of one's own that declares codes and maps constraints, the test rules' messages its own. */
  private static ContractRule constraining(Map<String, Severity> codes, Consumer<ConstraintMapping> map) {
    return new ContractValidatorBuilderTest.Declaring(codes, TestRules.MESSAGES) {
      @Override
      public void constrain(ConstraintMapping mapping) {
        map.accept(mapping);
      }
    };
  }

  /** A rule of one's own that constrains elements of lists and optionals, and one plain getter. */
  private static final ContractRule ELEMENTS = constraining(
      Map.of(SHORT, Severity.WARNING, KIND, Severity.INFO, BUDGET, Severity.ERROR, SIGNED, Severity.WARNING,
          QPV, Severity.ERROR, LONG, Severity.INFO), mapping -> {
        mapping.type(ActionSheet.class)
            .getter("specificObjectives").containerElementType().constraint(new SizeDef().min(12).message(SHORT))
            .getter("budget").containerElementType().constraint(new NullDef().message(BUDGET))
            .getter("recurring").containerElementType().constraint(new AssertFalseDef().message(SHORT));
        mapping.type(GovernanceBody.class).getter("kind").constraint(new NullDef().message(KIND));
        mapping.type(Contract.class).getter("signatureDate").containerElementType()
            .constraint(new NullDef().message(SIGNED));
        mapping.type(Territory.class).getter("qpvCodes").containerElementType()
            .constraint(new PatternDef().regexp("QN[0-9]{6}").message(QPV));
        mapping.type(Period.class).getter("durationMonths").containerElementType()
            .constraint(new MaxDef().value(60).message(LONG));
      });

  private static final String DOCUMENT = """
      {
        "formatVersion": "1.1", "id": "cls-elements", "status": "in_preparation", "leadArs": "24",
        "signatureDate": "2019-07", "period": {"start": "2019-09", "durationMonths": 72},
        "territory": {"qpvCodes": ["QN041002", "Quartier Nord", "QN04100"]},
        "governanceBodies": [{"kind": "copil", "name": "Comité de pilotage"}],
        "axes": [{"id": "a-1", "title": "Vieillir", "actionSheets": [
          {"id": "fa-1", "title": "Répit", "budget": 1500.5, "recurring": true,
           "specificObjectives": ["Informer les aidants du territoire", "Soulager", "Former 20 bénévoles"]},
          {"id": "fa-2", "title": "Prévention des chutes", "specificObjectives": ["Repérer"]}]}]
      }
      """;

  private static List<String> ownFindings(String document) {
    return ownFindings(ELEMENTS, document);
  }

  private static List<String> ownFindings(ContractRule rule, String document) {
    return ContractValidator.builder().addRule(rule).build()
        .validate(document.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .filter(finding -> finding.code().startsWith("TEST-")).map(FindingLines::describe)
        .collect(Collectors.toList());
  }

  @Test
  void each_element_refused_is_a_finding_at_its_own_pointer_with_the_value_as_the_model_names_it() {
    String d = DOCUMENT;
    assertThat(ownFindings(d)).containsExactlyInAnyOrder(
        lineOf(BUDGET, "error", "/axes/0/actionSheets/0/budget", d, "1500.5", "1500.5", "value=1500.50"),
        lineOf(QPV, "error", "/territory/qpvCodes/1", d, "\"Quartier Nord\"", "\"Quartier Nord\"",
            "regexp=QN[0-9]{6}", "value=Quartier Nord"),
        lineOf(QPV, "error", "/territory/qpvCodes/2", d, "\"QN04100\"", "\"QN04100\"",
            "regexp=QN[0-9]{6}", "value=QN04100"),
        lineOf(SHORT, "warning", "/axes/0/actionSheets/0/recurring", d, "true", "true", "value=true"),
        lineOf(SHORT, "warning", "/axes/0/actionSheets/0/specificObjectives/1", d, "\"Soulager\"", "\"Soulager\"",
            "max=2147483647", "min=12", "value=Soulager"),
        lineOf(SHORT, "warning", "/axes/0/actionSheets/1/specificObjectives/0", d, "\"Repérer\"", "\"Repérer\"",
            "max=2147483647", "min=12", "value=Repérer"),
        lineOf(SIGNED, "warning", "/signatureDate", d, "\"2019-07\"", "\"2019-07\"", "value=2019-07"),
        lineOf(LONG, "info", "/period/durationMonths", d, "72", "72", "limit=60", "value=72"),
        lineOf(KIND, "info", "/governanceBodies/0/kind", d, "\"copil\"", "\"copil\"", "value=copil"));
  }

  @Test
  void an_amount_refused_is_given_as_the_standard_rules_give_amounts_for_a_message_to_format() {
    Finding budget = ContractValidator.builder().addRule(ELEMENTS).build()
        .validate(DOCUMENT.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .filter(finding -> finding.code().equals(BUDGET)).findFirst().orElseThrow();
    assertThat(FindingMessages.message(budget, Locale.FRENCH))
        .isEqualTo("Ce budget de 1\u202f500,50\u00a0€ dépasse le plafond.");
    assertThat(FindingMessages.message(budget, Locale.ENGLISH)).isEqualTo("This budget of €1,500.50 is over the cap.");
  }

  @Test
  void a_contract_without_the_constrained_values_has_no_finding_of_them() {
    assertThat(ownFindings("""
        {"formatVersion": "1.1", "id": "cls-empty", "status": "in_preparation", "leadArs": "24", "territory": {},
         "axes": [{"id": "a-1", "title": "Vieillir", "actionSheets": [{"id": "fa-1", "title": "Répit"}]}]}
        """)).isEmpty();
  }

  @Test
  void a_message_on_an_element_that_is_not_a_declared_code_is_refused_with_the_element_named() {
    ContractRule wrong = constraining(Map.of(SHORT, Severity.INFO), mapping -> {
      mapping.type(ActionSheet.class).getter("specificObjectives").containerElementType()
          .constraint(new SizeDef().min(12).message("TEST-OBJECTIF-COURT"));
    });
    assertThatThrownBy(() -> ContractValidator.builder().addRule(wrong).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a constraint's message must be the code of its finding, one of [TEST-OBJECTIVE-SHORT]: "
            + "@Size on ActionSheet.specificObjectives (each element) has the message TEST-OBJECTIF-COURT");
  }

  /** A constraint on a whole sheet, of one's own: a sheet with a budget names its fundings. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = FundedBudget.Check.class)
  @interface FundedBudget {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    final class Check implements ConstraintValidator<FundedBudget, ActionSheet> {
      @Override
      public boolean isValid(ActionSheet sheet, ConstraintValidatorContext context) {
        return sheet.budget().isEmpty() || !sheet.fundings().isEmpty();
      }
    }
  }

  @Test
  void a_constraint_on_a_whole_object_reports_at_the_object_and_its_message_is_checked_too() {
    ContractRule funded = constraining(Map.of(BUDGET, Severity.WARNING), mapping -> {
      mapping.type(ActionSheet.class).constraint(new GenericConstraintDef<>(FundedBudget.class).message(BUDGET));
    });
    assertThat(ownFindings(funded, DOCUMENT)).containsExactly(
        lineOf(BUDGET, "warning", "/axes/0/actionSheets/0", DOCUMENT, "{\"id\": \"fa-1\"", "{\"id\": \"fa-1\""));

    ContractRule wrong = constraining(Map.of(BUDGET, Severity.WARNING), mapping -> {
      mapping.type(ActionSheet.class).constraint(new GenericConstraintDef<>(FundedBudget.class).message("TEST-BUDGT"));
    });
    assertThatThrownBy(() -> ContractValidator.builder().addRule(wrong).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a constraint's message must be the code of its finding, one of [TEST-BUDGET-CAP]: "
            + "@FundedBudget on ActionSheet has the message TEST-BUDGT");
  }

  @Test
  void a_constraint_on_an_accessor_the_format_does_not_write_reports_at_its_object() {
    ContractRule fewSheets = constraining(Map.of(SHORT, Severity.INFO), mapping -> {
      // allActionSheets() is derived (every sheet of every axis): no member of the document holds it.
      mapping.type(Contract.class).getter("allActionSheets").constraint(new SizeDef().max(1).message(SHORT));
    });
    assertThat(ownFindings(fewSheets, DOCUMENT)).containsExactly(SHORT + " info - 1:1 max=1 min=0");
  }
}
