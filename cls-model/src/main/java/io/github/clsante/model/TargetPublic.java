package io.github.clsante.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A public an action sheet is aimed at (public cible). An open list: codes unknown to this SDK are
 * kept as they are (see {@link OpenCode}).
 */
public final class TargetPublic extends OpenCode {

  /** « Tout public ». Wire code {@code tout_public}. */
  public static final TargetPublic GENERAL_PUBLIC = new TargetPublic("tout_public", "Tout public");

  /** « Petite enfance et périnatalité ». Wire code {@code petite_enfance}. */
  public static final TargetPublic EARLY_CHILDHOOD = new TargetPublic("petite_enfance", "Petite enfance et périnatalité");

  /** « Enfants ». Wire code {@code enfants}. */
  public static final TargetPublic CHILDREN = new TargetPublic("enfants", "Enfants");

  /** « Adolescents et jeunes ». Wire code {@code jeunes}. */
  public static final TargetPublic YOUNG_PEOPLE = new TargetPublic("jeunes", "Adolescents et jeunes");

  /** « Étudiants ». Wire code {@code etudiants}. */
  public static final TargetPublic STUDENTS = new TargetPublic("etudiants", "Étudiants");

  /** « Étudiants en santé ». Wire code {@code etudiants_sante}. */
  public static final TargetPublic HEALTH_STUDENTS = new TargetPublic("etudiants_sante", "Étudiants en santé");

  /** « Public scolaire ». Wire code {@code public_scolaire}. */
  public static final TargetPublic SCHOOL_PUPILS = new TargetPublic("public_scolaire", "Public scolaire");

  /** « Adultes ». Wire code {@code adultes}. */
  public static final TargetPublic ADULTS = new TargetPublic("adultes", "Adultes");

  /** « Personnes âgées ». Wire code {@code personnes_agees}. */
  public static final TargetPublic OLDER_PEOPLE = new TargetPublic("personnes_agees", "Personnes âgées");

  /** « Aidants ». Wire code {@code aidants}. */
  public static final TargetPublic CAREGIVERS = new TargetPublic("aidants", "Aidants");

  /** « Personnes en situation de handicap ». Wire code {@code personnes_handicap}. */
  public static final TargetPublic DISABLED_PEOPLE = new TargetPublic("personnes_handicap", "Personnes en situation de handicap");

  /** « Personnes en situation de précarité ». Wire code {@code personnes_precarite}. */
  public static final TargetPublic PRECARIOUS_PEOPLE = new TargetPublic("personnes_precarite", "Personnes en situation de précarité");

  /** « Habitants des quartiers prioritaires ». Wire code {@code habitants_qpv}. */
  public static final TargetPublic QPV_RESIDENTS = new TargetPublic("habitants_qpv", "Habitants des quartiers prioritaires");

  /** « Personnes souffrant de troubles psychiques ». Wire code {@code troubles_psychiques}. */
  public static final TargetPublic PEOPLE_WITH_MENTAL_DISORDERS = new TargetPublic("troubles_psychiques", "Personnes souffrant de troubles psychiques");

  /** « Personnes ayant des conduites addictives ». Wire code {@code conduites_addictives}. */
  public static final TargetPublic PEOPLE_WITH_ADDICTIONS = new TargetPublic("conduites_addictives", "Personnes ayant des conduites addictives");

  /** « Professionnels de santé ». Wire code {@code professionnels_sante}. */
  public static final TargetPublic HEALTH_PROFESSIONALS = new TargetPublic("professionnels_sante", "Professionnels de santé");

  /** « Professionnels du social et du médico-social ». Wire code {@code professionnels_social}. */
  public static final TargetPublic SOCIAL_PROFESSIONALS = new TargetPublic("professionnels_social", "Professionnels du social et du médico-social");

  /** « Élus ». Wire code {@code elus}. */
  public static final TargetPublic ELECTED_OFFICIALS = new TargetPublic("elus", "Élus");

  /** « Communes et collectivités ». Wire code {@code collectivites}. */
  public static final TargetPublic LOCAL_AUTHORITIES = new TargetPublic("collectivites", "Communes et collectivités");

  /** « Associations ». Wire code {@code associations}. */
  public static final TargetPublic ASSOCIATIONS = new TargetPublic("associations", "Associations");

  /** « Agents ». Wire code {@code agents}. */
  public static final TargetPublic AGENTS = new TargetPublic("agents", "Agents");

  private static final Map<String, TargetPublic> KNOWN =
      index(GENERAL_PUBLIC, EARLY_CHILDHOOD, CHILDREN, YOUNG_PEOPLE, STUDENTS,
          HEALTH_STUDENTS, SCHOOL_PUPILS, ADULTS, OLDER_PEOPLE, CAREGIVERS,
          DISABLED_PEOPLE, PRECARIOUS_PEOPLE, QPV_RESIDENTS, PEOPLE_WITH_MENTAL_DISORDERS,
          PEOPLE_WITH_ADDICTIONS, HEALTH_PROFESSIONALS, SOCIAL_PROFESSIONALS,
          ELECTED_OFFICIALS, LOCAL_AUTHORITIES, ASSOCIATIONS, AGENTS);

  private TargetPublic(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static TargetPublic of(String code) {
    TargetPublic known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new TargetPublic(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<TargetPublic> knownValues() {
    return KNOWN.values();
  }
}
