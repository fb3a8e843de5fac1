package io.github.clsante.validation.internal;

import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.validation.Rule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Predicate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The constraint validators of {@link ClsCheck}: identifier formats, one class per model type. */
public final class FieldChecks {

  private FieldChecks() {}

  /** Reports one violation, with its rule, relative pointer and value as dynamic payload. */
  static boolean violation(ConstraintValidatorContext context, Rule rule, String pointer, String value) {
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.withDynamicPayload(new Violation(rule, pointer, value))
        .buildConstraintViolationWithTemplate(rule.code())
        .addConstraintViolation();
    return false;
  }

  /** Checks each element of a list; returns whether all passed. */
  static boolean each(ConstraintValidatorContext context, List<String> values, String member,
      Predicate<String> valid, Rule rule) {
    boolean ok = true;
    for (int i = 0; i < values.size(); i++) {
      if (!valid.test(values.get(i))) {
        ok = violation(context, rule, "/" + member + "/" + i, values.get(i));
      }
    }
    return ok;
  }

  /** An identifier's value must fit its scheme (SIREN, SIRET, FINESS, RNA). */
  public static final class IdentifierCheck implements ConstraintValidator<ClsCheck, Identifier> {
    /** Creates the check. */
    public IdentifierCheck() {}

    @Override
    public boolean isValid(Identifier identifier, ConstraintValidatorContext context) {
      IdentifierScheme scheme = identifier.scheme();
      String value = identifier.value();
      if (scheme.equals(IdentifierScheme.SIREN) && !Identifiers.isSiren(value)) {
        return violation(context, Rule.SIREN, "/value", value);
      }
      if (scheme.equals(IdentifierScheme.SIRET) && !Identifiers.isSiret(value)) {
        return violation(context, Rule.SIRET, "/value", value);
      }
      if ((scheme.equals(IdentifierScheme.FINESS_EJ) || scheme.equals(IdentifierScheme.FINESS_ET))
          && !Identifiers.isFiness(value)) {
        return violation(context, Rule.FINESS, "/value", value);
      }
      if (scheme.equals(IdentifierScheme.RNA) && !Identifiers.isRna(value)) {
        return violation(context, Rule.RNA, "/value", value);
      }
      return true;
    }
  }

  /** A commune's INSEE code must be a commune code. */
  public static final class CommuneCheck implements ConstraintValidator<ClsCheck, Commune> {
    /** Creates the check. */
    public CommuneCheck() {}

    @Override
    public boolean isValid(Commune commune, ConstraintValidatorContext context) {
      String code = commune.inseeCode().orElse(null);
      return code == null || Identifiers.isInseeCommune(code)
          || violation(context, Rule.INSEE_COMMUNE, "/inseeCode", code);
    }
  }

  /** A territory's départements and QPV codes must be well-formed. */
  public static final class TerritoryCheck implements ConstraintValidator<ClsCheck, Territory> {
    /** Creates the check. */
    public TerritoryCheck() {}

    @Override
    public boolean isValid(Territory territory, ConstraintValidatorContext context) {
      boolean departements = each(context, territory.departements(), "departements",
          Identifiers::isDepartement, Rule.DEPARTEMENT);
      boolean qpv = each(context, territory.qpvCodes(), "qpvCodes", Identifiers::isQpvCode, Rule.QPV);
      return departements && qpv;
    }
  }

  /** A party's département must be a département code. */
  public static final class PartyCheck implements ConstraintValidator<ClsCheck, Party> {
    /** Creates the check. */
    public PartyCheck() {}

    @Override
    public boolean isValid(Party party, ConstraintValidatorContext context) {
      String code = party.departement().orElse(null);
      return code == null || Identifiers.isDepartement(code)
          || violation(context, Rule.DEPARTEMENT, "/departement", code);
    }
  }

  /** A contact's e-mail addresses must be well-formed. */
  public static final class ContactCheck implements ConstraintValidator<ClsCheck, Contact> {
    /** Creates the check. */
    public ContactCheck() {}

    @Override
    public boolean isValid(Contact contact, ConstraintValidatorContext context) {
      return each(context, contact.emails(), "emails", Identifiers::isEmail, Rule.EMAIL);
    }
  }
}
