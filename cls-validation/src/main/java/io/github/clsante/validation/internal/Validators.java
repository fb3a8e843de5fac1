package io.github.clsante.validation.internal;

import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Territory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Hibernate Validator engine, built once per process on first use (about 0.3 s) and shared: a
 * {@link Validator} is thread-safe. The constraints are mapped onto the model's types in code, and
 * messages are not interpolated (no expression language is involved).
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
      if (VERSION_LOGGER.getLevel() == null) {
        VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
      }
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class).configure()
              .messageInterpolator(new ParameterMessageInterpolator());
      ConstraintMapping mapping = configuration.createConstraintMapping();
      for (Class<?> type : List.of(Identifier.class, Commune.class, Territory.class, Party.class, Contact.class)) {
        mapping.type(type).constraint(new GenericConstraintDef<>(ClsCheck.class));
      }
      return configuration.addMapping(mapping).buildValidatorFactory().getValidator();
    }
  }

  /**
   * Checks one model object against its field rules.
   *
   * @param value an identifier, commune, territory, party or contact
   * @return what was found, with pointers relative to the object
   */
  public static List<Violation> check(Object value) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> violation : Holder.VALIDATOR.validate(value)) {
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Violation found = hibernate.getDynamicPayload(Violation.class);
      if (found != null) {
        violations.add(found);
      }
    }
    return violations;
  }
}
