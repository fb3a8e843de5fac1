package io.github.clsante.validation;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/** Rules of one's own that the tests add to validators, with their messages ({@code test-rules_*.properties}). */
final class TestRules {

  /**
   * A rule of one's own that reports nothing and runs {@code check} on the context it is given: a probe of
   * what a user's rule sees.
   */
  static ContractRule probe(java.util.function.Consumer<RuleContext> check) {
    return new ContractRule() {
      @Override
      public Map<String, Severity> codes() {
        return Map.of(PilotSignatory.CODE, Severity.INFO);
      }

      @Override
      public MessageCatalog messages() {
        return MESSAGES;
      }

      @Override
      public void check(RuleContext context) {
        check.accept(context);
      }
    };
  }

  private TestRules() {}

  static final MessageCatalog MESSAGES =
      new MessageCatalog(name -> TestRules.class.getResourceAsStream(name), "test-rules");

  /** A rule in code: every sheet names a signatory of the contract among its pilots. */
  static final class PilotSignatory implements ContractRule {
    static final String CODE = "TEST-SHEET-PILOT-NOT-SIGNATORY";

    @Override
    public Map<String, Severity> codes() {
      return Map.of(CODE, Severity.WARNING);
    }

    @Override
    public MessageCatalog messages() {
      return MESSAGES;
    }

    @Override
    public void check(RuleContext context) {
      Set<String> signatories = new HashSet<>();
      for (Signatory signatory : context.contract().signatories()) {
        signatories.add(signatory.party().partyId());
      }
      for (RuleContext.Sheet entry : context.sheets()) {
        ActionSheet sheet = entry.sheet();
        if (!sheet.pilots().isEmpty()
            && sheet.pilots().stream().map(PartyRef::partyId).noneMatch(signatories::contains)) {
          context.report(CODE, entry.pointer(), "sheet", sheet.number().orElse(sheet.id()));
        }
      }
    }
  }

  /** Rules as Jakarta constraints: built-in ones (a size, a pattern) and one of one's own. */
  static final class Constraints implements ContractRule {
    static final String TITLE = "TEST-SHEET-TITLE-LONG";
    static final String PARTY_ID = "TEST-PARTY-ID-FORM";
    static final String CAPITALS = "TEST-AXIS-TITLE-CAPITALS";

    @Override
    public Map<String, Severity> codes() {
      return Map.of(TITLE, Severity.INFO, PARTY_ID, Severity.ERROR, CAPITALS, Severity.WARNING);
    }

    @Override
    public MessageCatalog messages() {
      return MESSAGES;
    }

    @Override
    public void constrain(ConstraintMapping mapping) {
      mapping.type(ActionSheet.class).getter("title").constraint(new SizeDef().max(150).message(TITLE));
      mapping.type(Party.class).getter("id").constraint(new PatternDef().regexp("[a-z0-9-]+").message(PARTY_ID));
      mapping.type(Axis.class).getter("title")
          .constraint(new GenericConstraintDef<>(NotShouting.class).message(CAPITALS));
    }
  }

  /** A constraint of one's own: a text not written all in capitals. */
  @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = NotShoutingValidator.class)
  @interface NotShouting {
    /** The message. */
    String message() default "";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
  }

  /** The check of {@link NotShouting}: a text with letters, none of them lower-case, is refused. */
  public static final class NotShoutingValidator implements ConstraintValidator<NotShouting, String> {
    /** Created by Hibernate Validator. */
    public NotShoutingValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.chars().noneMatch(Character::isLetter)
          || !value.equals(value.toUpperCase(Locale.ROOT));
    }
  }
}
