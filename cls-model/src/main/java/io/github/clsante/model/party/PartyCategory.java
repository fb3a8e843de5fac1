package io.github.clsante.model.party;

import io.github.clsante.model.Coded;
import io.github.clsante.model.internal.CodeLookup;
import java.util.List;
import java.util.Optional;

/**
 * The category of a party (catégorie d’acteur): the part it plays in a contract, such as local
 * authority, State service or health insurance, so that a rule can ask « is a local authority among
 * the signatories? » of any kind, including kinds added later. A closed list.
 *
 * <p>A category says what a party does in the health system, not its legal form: a CPTS or a DAC is
 * usually an association, yet it belongs to {@link #CARE_PROVIDER}; {@link #ASSOCIATION} is for
 * associations that are none of the other categories (UNAFAM, GEM, a prevention association). Every
 * well-known {@link PartyKind} has one category ({@link PartyKind#category()}); a kind this SDK does
 * not know has none.
 *
 * <pre>{@code
 * PartyKind.EPCI.category();                          // Optional[LOCAL_AUTHORITY]
 * PartyKind.of("mutuelle").category();                // Optional.empty
 * PartyCategory.HEALTH_INSURANCE.knownKinds();        // [cpam, carsat, caf, msa, canssm]
 * }</pre>
 */
public enum PartyCategory implements Coded {
  /**
   * The Agence régionale de santé, one of the two parties every contract needs (with its délégations
   * départementales). Wire code {@code health_agency}, « Agence régionale de santé ».
   */
  HEALTH_AGENCY("health_agency", "Agence régionale de santé"),
  /**
   * A collectivité territoriale or a groupement of them, the other party every contract needs:
   * commune, EPCI (communauté de communes, d’agglomération, urbaine, métropole), pays or PETR,
   * département, région. Wire code {@code local_authority}, « Collectivité territoriale ou
   * groupement ».
   */
  LOCAL_AUTHORITY("local_authority", "Collectivité territoriale ou groupement"),
  /**
   * A service of the State other than the ARS: the préfecture (the préfet, the sous-préfet), the
   * Éducation nationale (rectorat, DSDEN). Wire code {@code state}, « Services de l’État ».
   */
  STATE("state", "Services de l’État"),
  /**
   * A body of the social security: the health insurance funds (CPAM, MSA, CANSSM), the CARSAT, the
   * CAF. Wire code {@code health_insurance}, « Assurance maladie et protection sociale ».
   */
  HEALTH_INSURANCE("health_insurance", "Assurance maladie et protection sociale"),
  /**
   * Who provides or coordinates care and medico-social support: établissements de santé (CH, CHU,
   * EPSM), GHT, CPTS, DAC. Wire code {@code care_provider}, « Offre de soins et médico-sociale ».
   */
  CARE_PROVIDER("care_provider", "Offre de soins et médico-sociale"),
  /**
   * A communal or intercommunal social action centre (CCAS, CIAS): a public body attached to its
   * commune or EPCI, not the authority itself. Wire code {@code social_action}, « Action sociale ».
   */
  SOCIAL_ACTION("social_action", "Action sociale"),
  /**
   * Who observes health or supports health promotion, usually as a support of the contract rather
   * than a signatory: ORS, IREPS. Wire code {@code health_promotion_and_observation}, « Promotion et
   * observation de la santé ».
   */
  HEALTH_PROMOTION_AND_OBSERVATION("health_promotion_and_observation", "Promotion et observation de la santé"),
  /**
   * A body representing health professionals: the ordres professionnels (conseil départemental de
   * l’Ordre des médecins, des masseurs-kinésithérapeutes…). Wire code {@code professional_body},
   * « Représentation des professionnels de santé ».
   */
  PROFESSIONAL_BODY("professional_body", "Représentation des professionnels de santé"),
  /**
   * An association that belongs to none of the other categories (UNAFAM, GEM, Oppelia, Santé
   * Escale). Wire code {@code association}, « Association ».
   */
  ASSOCIATION("association", "Association"),
  /** A company (entreprise). Wire code {@code company}, « Entreprise ». */
  COMPANY("company", "Entreprise"),
  /**
   * Private education: the Enseignement catholique (its direction diocésaine), which signs for the
   * private schools under contract; not a State service, unlike the Éducation nationale. Wire code
   * {@code private_education}, « Enseignement privé ».
   */
  PRIVATE_EDUCATION("private_education", "Enseignement privé"),
  /**
   * A function held by a person rather than an organisation (« Coordonnateur PTSM »). Wire code
   * {@code role}, « Fonction ».
   */
  ROLE("role", "Fonction"),
  /**
   * A party known to be in none of the other categories. No well-known kind is in it: a kind this SDK
   * does not know has no category at all, which is not the same as this one. Wire code {@code
   * other}, « Autre acteur ».
   */
  OTHER("other", "Autre acteur");

  private final String code;
  private final String frenchLabel;

  PartyCategory(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<PartyCategory> fromCode(String code) {
    return CodeLookup.byCode(PartyCategory.class, code);
  }

  /**
   * Returns the well-known party kinds of this category, in their declaration order.
   *
   * @return an unmodifiable list, empty for {@link #OTHER}
   */
  public List<PartyKind> knownKinds() {
    return PartyKind.knownValues().stream().filter(kind -> kind.category().orElse(null) == this).toList();
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String frenchLabel() {
    return frenchLabel;
  }
}
