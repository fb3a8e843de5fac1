package io.github.clsante.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A determinant of health an action sheet acts on (déterminant de santé). An open list: codes
 * unknown to this SDK are kept as they are (see {@link OpenCode}).
 */
public final class HealthDeterminant extends OpenCode {

  /** « Alimentation ». Wire code {@code alimentation}. */
  public static final HealthDeterminant DIET = new HealthDeterminant("alimentation", "Alimentation");

  /** « Activité physique ». Wire code {@code activite_physique}. */
  public static final HealthDeterminant PHYSICAL_ACTIVITY = new HealthDeterminant("activite_physique", "Activité physique");

  /** « Tabac ». Wire code {@code tabac}. */
  public static final HealthDeterminant TOBACCO = new HealthDeterminant("tabac", "Tabac");

  /** « Alcool ». Wire code {@code alcool}. */
  public static final HealthDeterminant ALCOHOL = new HealthDeterminant("alcool", "Alcool");

  /** « Addictions ». Wire code {@code addictions}. */
  public static final HealthDeterminant ADDICTIONS = new HealthDeterminant("addictions", "Addictions");

  /** « Lien social et isolement ». Wire code {@code lien_social}. */
  public static final HealthDeterminant SOCIAL_TIES = new HealthDeterminant("lien_social", "Lien social et isolement");

  /** « Revenus ». Wire code {@code revenus}. */
  public static final HealthDeterminant INCOME = new HealthDeterminant("revenus", "Revenus");

  /** « Emploi ». Wire code {@code emploi}. */
  public static final HealthDeterminant EMPLOYMENT = new HealthDeterminant("emploi", "Emploi");

  /** « Éducation ». Wire code {@code education}. */
  public static final HealthDeterminant EDUCATION = new HealthDeterminant("education", "Éducation");

  /** « Logement ». Wire code {@code logement}. */
  public static final HealthDeterminant HOUSING = new HealthDeterminant("logement", "Logement");

  /** « Transports et mobilité ». Wire code {@code mobilite}. */
  public static final HealthDeterminant MOBILITY = new HealthDeterminant("mobilite", "Transports et mobilité");

  /** « Environnement (air, eau, bruit) ». Wire code {@code environnement}. */
  public static final HealthDeterminant ENVIRONMENT = new HealthDeterminant("environnement", "Environnement (air, eau, bruit)");

  /** « Accès aux services de santé ». Wire code {@code acces_aux_soins}. */
  public static final HealthDeterminant ACCESS_TO_CARE = new HealthDeterminant("acces_aux_soins", "Accès aux services de santé");

  /** « Accès aux droits ». Wire code {@code acces_aux_droits}. */
  public static final HealthDeterminant ACCESS_TO_RIGHTS = new HealthDeterminant("acces_aux_droits", "Accès aux droits");

  /** « Compétences psychosociales ». Wire code {@code competences_psychosociales}. */
  public static final HealthDeterminant PSYCHOSOCIAL_SKILLS = new HealthDeterminant("competences_psychosociales", "Compétences psychosociales");

  private static final Map<String, HealthDeterminant> KNOWN =
      index(DIET, PHYSICAL_ACTIVITY, TOBACCO, ALCOHOL, ADDICTIONS, SOCIAL_TIES, INCOME,
          EMPLOYMENT, EDUCATION, HOUSING, MOBILITY, ENVIRONMENT, ACCESS_TO_CARE,
          ACCESS_TO_RIGHTS, PSYCHOSOCIAL_SKILLS);

  private HealthDeterminant(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static HealthDeterminant of(String code) {
    HealthDeterminant known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new HealthDeterminant(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<HealthDeterminant> knownValues() {
    return KNOWN.values();
  }
}
