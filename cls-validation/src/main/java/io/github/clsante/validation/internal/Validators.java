package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.COMMUNE_INSEE_CODE;
import static io.github.clsante.validation.internal.Members.PARTY_DEPARTEMENT;
import static io.github.clsante.validation.internal.Members.TERRITORY_DEPARTEMENTS;
import static io.github.clsante.validation.internal.Members.TERRITORY_QPV_CODES;

import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.FormatObject;
import io.github.clsante.validation.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Hibernate Validator engine of the field rules, built once per process on first use (about
 * 0.3 s) and shared: a {@link Validator} is thread-safe. The constraints are mapped onto the model's
 * types in code: Jakarta's built-in {@code @Pattern} where a rule is a pattern (département, INSEE
 * commune and QPV codes), the SDK's {@link ClsCheck} where none fits ({@link FieldChecks} says why).
 * A built-in constraint's message is its rule's code; what exactly is wrong comes from the rule's
 * diagnosis, so that its finding is the one the rule always gave. Messages are not interpolated (no
 * expression language is involved).
 */
public final class Validators {

  private Validators() {}

  /**
   * Hibernate Validator's logger of its version line (« HV000001: Hibernate Validator 9.1.6.Final »),
   * which it writes at INFO when it starts, through JBoss Logging: to java.util.logging unless the
   * application has another logging back end. A library must not write to its users' standard error,
   * so the SDK raises that one logger to WARNING; its warnings and errors still show, and every other
   * logger is left as the application set it. Held here: java.util.logging keeps loggers weakly.
   */
  static final java.util.logging.Logger VERSION_LOGGER =
      java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

  /** Lazily built: the first validation pays for the bootstrap, class loading does not. */
  private static final class Holder {
    static final Validator VALIDATOR = build();

    private static Validator build() {
      HibernateValidatorConfiguration configuration = configuration();
      ConstraintMapping mapping = configuration.createConstraintMapping();
      mapping.type(Identifier.class).constraint(new GenericConstraintDef<>(ClsCheck.class));
      mapping.type(Contact.class).constraint(new GenericConstraintDef<>(ClsCheck.class));
      mapping.type(Territory.class)
          .getter(TERRITORY_DEPARTEMENTS).containerElementType()
          .constraint(pattern(Identifiers.DEPARTEMENT_PATTERN, Rule.ID_DEPARTEMENT))
          .getter(TERRITORY_QPV_CODES).containerElementType()
          .constraint(pattern(Identifiers.QPV_PATTERN, Rule.ID_QPV));
      mapping.type(Party.class).getter(PARTY_DEPARTEMENT).containerElementType()
          .constraint(pattern(Identifiers.DEPARTEMENT_PATTERN, Rule.ID_DEPARTEMENT));
      mapping.type(Commune.class).getter(COMMUNE_INSEE_CODE).containerElementType()
          .constraint(pattern(Identifiers.INSEE_COMMUNE_PATTERN, Rule.ID_INSEE_COMMUNE));
      return configuration.addMapping(mapping).buildValidatorFactory().getValidator();
    }

    private static PatternDef pattern(String regexp, Rule rule) {
      return new PatternDef().regexp(regexp).message(rule.code());
    }
  }

  /**
   * Returns a new configuration of Hibernate Validator as the SDK uses it: the model's accessors as
   * properties ({@link FluentGetters}), messages not interpolated, its start-up line quieted.
   *
   * @return the configuration, to add constraint mappings to
   */
  public static HibernateValidatorConfiguration configuration() {
    if (VERSION_LOGGER.getLevel() == null) {
      VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
    }
    return Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new FluentGetters());
  }

  /**
   * Checks one model object against its field rules.
   *
   * @param value an identifier, commune, territory, party or contact
   * @param object the object of the format the value is
   * @return what was found, with pointers relative to the object
   */
  public static List<Violation> check(Object value, FormatObject object) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> violation : Holder.VALIDATOR.validate(value)) {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Violation found = hibernate.getDynamicPayload(Violation.class);
      violations.add(found != null ? found : builtIn(violation, object));
    }
    return violations;
  }

  /** A violation of a built-in constraint: its rule is its message, its parameters its rule's diagnosis. */
  private static Violation builtIn(ConstraintViolation<Object> violation, FormatObject object) {
    Rule rule = Rule.fromCode(violation.getMessageTemplate()).orElseThrow(
        () -> new IllegalStateException("a field constraint names no rule: " + violation.getMessageTemplate()));
    String value = (String) violation.getInvalidValue();
    Function<String, Optional<IdentifierProblem>> diagnosis = FieldChecks.diagnosis(rule).orElseThrow();
    Map<String, String> params = diagnosis.apply(value).orElseThrow(
        () -> new IllegalStateException(rule.code() + ": the pattern refuses a value its diagnosis accepts"))
        .params(value);
    return new Violation(rule, PropertyPaths.pointer(violation.getPropertyPath(), object), params);
  }
}
