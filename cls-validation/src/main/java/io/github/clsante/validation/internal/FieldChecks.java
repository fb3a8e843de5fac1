package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.CONTACT_EMAILS;
import static io.github.clsante.validation.internal.Members.IDENTIFIER_VALUE;
import static io.github.clsante.validation.internal.Members.path;

import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.validation.Rule;
import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The field rules of identifiers: the constraint validators of {@link ClsCheck} for the rules no
 * built-in constraint of Jakarta Validation fits, and what exactly is wrong with a value a built-in
 * constraint refused ({@link #diagnosis(Rule)}). Each finding says what exactly is wrong ({@link
 * IdentifierProblem}: parameters {@code value}, {@code problem} and the problem's details).
 *
 * <p>Département codes, INSEE commune codes and QPV codes are checked by Jakarta's {@code @Pattern}
 * ({@link Validators}). The identifiers of parties keep a hand-written check: which rule applies
 * depends on the identifier's {@code scheme}, and a SIREN, SIRET or FINESS number written in digit
 * groups is reported as such ({@code CLS-ID-NOT-COMPACT}) and its compact form checked, which no
 * constraint on the value alone can do. E-mail addresses keep theirs too: Hibernate Validator's
 * {@code @Email} accepts addresses that cannot reach anyone outside a local network ({@code
 * camille@localhost}, a domain without a dot) and quoted local parts, which the SDK's rule refuses, and
 * it would say only that the address is wrong, where the SDK's says which part is.
 */
public final class FieldChecks {

  private FieldChecks() {}

  /** An identifier's value, relative to the identifier. */
  private static final String VALUE = path(IDENTIFIER_VALUE);
  /** A contact's e-mail addresses, relative to the contact. */
  private static final String EMAILS = path(CONTACT_EMAILS);

  private static final Map<Rule, Set<Kind>> PROBLEMS = problems();

  private static Map<Rule, Set<Kind>> problems() {
    Map<Rule, Set<Kind>> problems = new EnumMap<>(Rule.class);
    problems.put(Rule.ID_SIREN, EnumSet.of(Kind.EMPTY, Kind.CHARACTERS, Kind.LENGTH, Kind.CHECK_KEY));
    problems.put(Rule.ID_SIRET, EnumSet.of(Kind.EMPTY, Kind.CHARACTERS, Kind.LENGTH, Kind.LA_POSTE_KEY, Kind.SIREN_KEY,
        Kind.CHECK_KEY));
    problems.put(Rule.ID_FINESS, EnumSet.of(Kind.EMPTY, Kind.CHARACTERS, Kind.LEADING_ZERO, Kind.LENGTH, Kind.CORSICA,
        Kind.PREFIX, Kind.CHECK_KEY));
    problems.put(Rule.ID_RNA, EnumSet.of(Kind.EMPTY, Kind.FORM, Kind.PREFIX, Kind.CHARACTERS, Kind.LENGTH));
    problems.put(Rule.ID_INSEE_COMMUNE, EnumSet.of(Kind.EMPTY, Kind.FORM, Kind.CHARACTERS, Kind.LEADING_ZERO, Kind.LENGTH,
        Kind.CORSICA, Kind.DEPARTEMENT, Kind.POSTAL_CODE));
    problems.put(Rule.ID_DEPARTEMENT, EnumSet.of(Kind.EMPTY, Kind.FORM, Kind.LEADING_ZERO, Kind.CORSICA, Kind.UNKNOWN));
    problems.put(Rule.ID_QPV, EnumSet.of(Kind.EMPTY, Kind.FORM, Kind.PREFIX, Kind.LENGTH, Kind.PATTERN));
    problems.put(Rule.ID_EMAIL, EnumSet.of(Kind.EMPTY, Kind.FORM, Kind.LENGTH, Kind.AT_SIGN, Kind.LOCAL_PART,
        Kind.DOMAIN));
    return problems;
  }

  /**
   * Returns the problems a rule's findings can name in their parameter {@code problem}: each has its
   * message, under the key {@code CODE.problem}.
   *
   * @param rule a rule
   * @return the kinds of problem, empty for a rule whose findings name none
   */
  public static Set<Kind> problems(Rule rule) {
    return Collections.unmodifiableSet(PROBLEMS.getOrDefault(rule, EnumSet.noneOf(Kind.class)));
  }

  /** What exactly is wrong with a value that a built-in constraint of a rule refused. */
  private static final Map<Rule, Function<String, Optional<IdentifierProblem>>> DIAGNOSES = Map.of(
      Rule.ID_DEPARTEMENT, IdentifierProblems::departement,
      Rule.ID_INSEE_COMMUNE, IdentifierProblems::inseeCommune,
      Rule.ID_QPV, IdentifierProblems::qpvCode);

  /**
   * Returns what says exactly what is wrong with a value a rule's built-in constraint refused: the
   * parameters of its finding.
   *
   * @param rule a rule checked by a built-in constraint ({@code @Pattern})
   * @return the diagnosis, empty for a value the rule accepts; empty when the rule has no built-in
   *     constraint
   */
  static Optional<Function<String, Optional<IdentifierProblem>>> diagnosis(Rule rule) {
    return Optional.ofNullable(DIAGNOSES.get(rule));
  }

  /** Reports one violation, with its rule, relative pointer and parameters as dynamic payload. */
  static boolean violation(ConstraintValidatorContext context, Rule rule, String pointer,
      Map<String, String> params) {
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.withDynamicPayload(new Violation(rule, pointer, params))
        .buildConstraintViolationWithTemplate(rule.code())
        .addConstraintViolation();
    return false;
  }

  /** Checks one value; reports what exactly is wrong with it, if anything. */
  static boolean check(ConstraintValidatorContext context, String value, String pointer,
      Function<String, Optional<IdentifierProblem>> diagnosis, Rule rule) {
    Optional<IdentifierProblem> problem = diagnosis.apply(value);
    return problem.isEmpty() || violation(context, rule, pointer, problem.get().params(value));
  }

  /**
   * Checks each element of a list, the member at {@code pointer}; returns whether all passed. An
   * element's pointer is written only for a value refused.
   */
  static boolean each(ConstraintValidatorContext context, List<String> values, String pointer,
      Function<String, Optional<IdentifierProblem>> diagnosis, Rule rule) {
    boolean ok = true;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      Optional<IdentifierProblem> problem = diagnosis.apply(value);
      if (problem.isPresent()) {
        ok = violation(context, rule, JsonPointer.append(pointer, i), problem.get().params(value));
      }
    }
    return ok;
  }

  /**
   * Checks a number that may be written with spaces, dots or dashes between its digits: such a form
   * is reported ({@link Rule#ID_NOT_COMPACT}, an information) and its compact form is checked.
   */
  static boolean checkCompact(ConstraintValidatorContext context, String value, String pointer,
      Function<String, Optional<IdentifierProblem>> diagnosis, Rule rule) {
    Optional<String> compact = IdentifierProblems.compact(value);
    if (compact.isPresent()) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("value", value);
      params.put("suggestion", compact.get());
      violation(context, Rule.ID_NOT_COMPACT, pointer, params);
    }
    return check(context, compact.orElse(value), pointer, diagnosis, rule) && compact.isEmpty();
  }

  /**
   * An identifier's value must fit its scheme (SIREN, SIRET, FINESS, RNA); SIREN, SIRET and FINESS
   * numbers may be written in digit groups.
   */
  public static final class IdentifierCheck implements ConstraintValidator<ClsCheck, Identifier> {
    /** Creates the check. */
    public IdentifierCheck() {}

    @Override
    public boolean isValid(Identifier identifier, ConstraintValidatorContext context) {
      IdentifierScheme scheme = identifier.scheme();
      String value = identifier.value();
      if (scheme.equals(IdentifierScheme.SIREN)) {
        return checkCompact(context, value, VALUE, IdentifierProblems::siren, Rule.ID_SIREN);
      }
      if (scheme.equals(IdentifierScheme.SIRET)) {
        return checkCompact(context, value, VALUE, IdentifierProblems::siret, Rule.ID_SIRET);
      }
      if (scheme.equals(IdentifierScheme.FINESS_EJ) || scheme.equals(IdentifierScheme.FINESS_ET)) {
        return checkCompact(context, value, VALUE, IdentifierProblems::finess, Rule.ID_FINESS);
      }
      if (scheme.equals(IdentifierScheme.RNA)) {
        return check(context, value, VALUE, IdentifierProblems::rna, Rule.ID_RNA);
      }
      return true;
    }
  }

  /** A contact's e-mail addresses must be well-formed. */
  public static final class ContactCheck implements ConstraintValidator<ClsCheck, Contact> {
    /** Creates the check. */
    public ContactCheck() {}

    @Override
    public boolean isValid(Contact contact, ConstraintValidatorContext context) {
      return each(context, contact.emails(), EMAILS, IdentifierProblems::email, Rule.ID_EMAIL);
    }
  }
}
