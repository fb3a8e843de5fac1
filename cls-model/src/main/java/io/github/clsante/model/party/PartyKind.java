package io.github.clsante.model.party;

import io.github.clsante.model.Coded;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.Spelling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of party (type d’acteur): an organisation, or a role such as « Coordonnateur PTSM ». An
 * open list: codes unknown to this SDK are kept as they are (see {@link OpenCode}).
 *
 * <p>Each well-known kind belongs to a {@link PartyCategory} (catégorie d’acteur), so that a rule asks
 * « is a local authority among the signatories? » rather than listing kinds; a kind this SDK does not
 * know has no category. {@link #closestKnown(String)} finds the well-known kind a misspelt code most
 * likely meant.
 *
 * <pre>{@code
 * PartyKind.EPCI.category();                                  // Optional[LOCAL_AUTHORITY]
 * PartyKind.COMMUNE.belongsTo(PartyCategory.LOCAL_AUTHORITY);  // true
 * PartyKind.of("mutuelle").category();                        // Optional.empty
 * PartyKind.closestKnown("communaute_de_commune");            // Optional[communaute_de_communes]
 * }</pre>
 */
public final class PartyKind extends OpenCode {

  /**
   * The regional health agency, with its délégations départementales. Wire code {@code ars},
   * « Agence régionale de santé ». Category {@link PartyCategory#HEALTH_AGENCY}.
   */
  public static final PartyKind ARS = new PartyKind("ars", "Agence régionale de santé", PartyCategory.HEALTH_AGENCY);

  /**
   * The State’s representative (préfet, sous-préfet). Wire code {@code prefecture}, « Préfecture
   * (État) ». Category {@link PartyCategory#STATE}.
   */
  public static final PartyKind PREFECTURE = new PartyKind("prefecture", "Préfecture (État)", PartyCategory.STATE);

  /**
   * The region as a local authority. Wire code {@code region}, « Région (conseil régional) ».
   * Category {@link PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind REGION =
      new PartyKind("region", "Région (conseil régional)", PartyCategory.LOCAL_AUTHORITY);

  /**
   * The département as a local authority. Wire code {@code departement}, « Département (conseil
   * départemental) ». Category {@link PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind DEPARTEMENT =
      new PartyKind("departement", "Département (conseil départemental)", PartyCategory.LOCAL_AUTHORITY);

  /**
   * A commune (a « Ville de … »). Wire code {@code commune}, « Commune ». Category {@link
   * PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind COMMUNE = new PartyKind("commune", "Commune", PartyCategory.LOCAL_AUTHORITY);

  /**
   * An intercommunal body, named by the generic word most contracts use for their carrier. Wire code
   * {@code epci}, « Établissement public de coopération intercommunale ». Category {@link
   * PartyCategory#LOCAL_AUTHORITY}. When the contract says which EPCI it is, the precise kinds say more:
   * {@link #COMMUNAUTE_DE_COMMUNES}, {@link #COMMUNAUTE_AGGLOMERATION}, {@link #COMMUNAUTE_URBAINE},
   * {@link #METROPOLE}.
   */
  public static final PartyKind EPCI =
      new PartyKind("epci", "Établissement public de coopération intercommunale", PartyCategory.LOCAL_AUTHORITY);

  /**
   * An EPCI. Wire code {@code communaute_de_communes}, « Communauté de communes ». Category {@link
   * PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind COMMUNAUTE_DE_COMMUNES =
      new PartyKind("communaute_de_communes", "Communauté de communes", PartyCategory.LOCAL_AUTHORITY);

  /**
   * An EPCI. Wire code {@code communaute_agglomeration}, « Communauté d’agglomération ». Category
   * {@link PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind COMMUNAUTE_AGGLOMERATION =
      new PartyKind("communaute_agglomeration", "Communauté d’agglomération", PartyCategory.LOCAL_AUTHORITY);

  /**
   * An EPCI. Wire code {@code communaute_urbaine}, « Communauté urbaine ». Category {@link
   * PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind COMMUNAUTE_URBAINE =
      new PartyKind("communaute_urbaine", "Communauté urbaine", PartyCategory.LOCAL_AUTHORITY);

  /**
   * An EPCI. Wire code {@code metropole}, « Métropole ». Category {@link
   * PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind METROPOLE = new PartyKind("metropole", "Métropole", PartyCategory.LOCAL_AUTHORITY);

  /**
   * A pays or a PETR, grouping EPCI. Wire code {@code pays_petr}, « Pays ou pôle d’équilibre
   * territorial et rural ». Category {@link PartyCategory#LOCAL_AUTHORITY}.
   */
  public static final PartyKind PAYS_PETR =
      new PartyKind("pays_petr", "Pays ou pôle d’équilibre territorial et rural", PartyCategory.LOCAL_AUTHORITY);

  /**
   * A health insurance fund, often written with its département (« CPAM 41 »). Wire code {@code
   * cpam}, « Caisse primaire d’assurance maladie ». Category {@link PartyCategory#HEALTH_INSURANCE}.
   */
  public static final PartyKind CPAM =
      new PartyKind("cpam", "Caisse primaire d’assurance maladie", PartyCategory.HEALTH_INSURANCE);

  /**
   * The regional retirement and occupational health fund, whose social action funds prevention for
   * retired people. Wire code {@code carsat}, « Caisse d’assurance retraite et de la santé au
   * travail ». Category {@link PartyCategory#HEALTH_INSURANCE}.
   */
  public static final PartyKind CARSAT =
      new PartyKind("carsat", "Caisse d’assurance retraite et de la santé au travail", PartyCategory.HEALTH_INSURANCE);

  /**
   * The family allowance fund. Wire code {@code caf}, « Caisse d’allocations familiales ». Category
   * {@link PartyCategory#HEALTH_INSURANCE}.
   */
  public static final PartyKind CAF =
      new PartyKind("caf", "Caisse d’allocations familiales", PartyCategory.HEALTH_INSURANCE);

  /**
   * The social security of farmers and farm workers, frequent in rural contracts. Wire code {@code
   * msa}, « Mutualité sociale agricole ». Category {@link PartyCategory#HEALTH_INSURANCE}.
   */
  public static final PartyKind MSA = new PartyKind("msa", "Mutualité sociale agricole", PartyCategory.HEALTH_INSURANCE);

  /**
   * The miners’ social security (seen at Lens-Liévin). Wire code {@code canssm}, « Caisse autonome
   * nationale de la sécurité sociale dans les mines ». Category {@link
   * PartyCategory#HEALTH_INSURANCE}.
   */
  public static final PartyKind CANSSM =
      new PartyKind(
          "canssm", "Caisse autonome nationale de la sécurité sociale dans les mines", PartyCategory.HEALTH_INSURANCE);

  /**
   * A hospital: CH, CHU, EPSM. Wire code {@code etablissement_sante}, « Établissement de santé ».
   * Category {@link PartyCategory#CARE_PROVIDER}.
   */
  public static final PartyKind HOSPITAL =
      new PartyKind("etablissement_sante", "Établissement de santé", PartyCategory.CARE_PROVIDER);

  /**
   * The public hospitals of a territory grouped around a lead establishment (établissement support),
   * which signs for it: a GHT has no legal personality of its own. Wire code {@code ght},
   * « Groupement hospitalier de territoire ». Category {@link PartyCategory#CARE_PROVIDER}.
   */
  public static final PartyKind GHT =
      new PartyKind("ght", "Groupement hospitalier de territoire", PartyCategory.CARE_PROVIDER);

  /**
   * The health professionals of a territory organised together, usually as an association. Wire code
   * {@code cpts}, « Communauté professionnelle territoriale de santé ». Category {@link
   * PartyCategory#CARE_PROVIDER}.
   */
  public static final PartyKind CPTS =
      new PartyKind("cpts", "Communauté professionnelle territoriale de santé", PartyCategory.CARE_PROVIDER);

  /**
   * The Éducation nationale: the rectorat, or an Éducation nationale the contract does not place; see
   * {@link #DSDEN} for its departmental services. Wire code {@code education_nationale}, « Éducation
   * nationale ». Category {@link PartyCategory#STATE}.
   */
  public static final PartyKind EDUCATION_NATIONALE =
      new PartyKind("education_nationale", "Éducation nationale", PartyCategory.STATE);

  /**
   * The Éducation nationale in a département, led by its DASEN. Wire code {@code dsden}, « Direction
   * des services départementaux de l’Éducation nationale ». Category {@link PartyCategory#STATE}.
   */
  public static final PartyKind DSDEN =
      new PartyKind("dsden", "Direction des services départementaux de l’Éducation nationale", PartyCategory.STATE);

  /**
   * The Catholic private schools under contract, represented by their direction diocésaine. Wire code
   * {@code enseignement_catholique}, « Enseignement catholique ». Category {@link
   * PartyCategory#PRIVATE_EDUCATION}: not a State service.
   */
  public static final PartyKind ENSEIGNEMENT_CATHOLIQUE =
      new PartyKind("enseignement_catholique", "Enseignement catholique", PartyCategory.PRIVATE_EDUCATION);

  /**
   * A CCAS or a CIAS, the social action body of a commune or an EPCI. Wire code {@code ccas_cias},
   * « Centre communal ou intercommunal d’action sociale ». Category {@link
   * PartyCategory#SOCIAL_ACTION}.
   */
  public static final PartyKind CCAS_CIAS =
      new PartyKind("ccas_cias", "Centre communal ou intercommunal d’action sociale", PartyCategory.SOCIAL_ACTION);

  /**
   * The body that helps professionals coordinate complex care paths. Wire code {@code dac},
   * « Dispositif d’appui à la coordination ». Category {@link PartyCategory#CARE_PROVIDER}.
   */
  public static final PartyKind DAC =
      new PartyKind("dac", "Dispositif d’appui à la coordination", PartyCategory.CARE_PROVIDER);

  /**
   * The regional health observatory, which often writes the diagnostic. Wire code {@code ors},
   * « Observatoire régional de santé ». Category {@link PartyCategory#HEALTH_PROMOTION_AND_OBSERVATION}.
   */
  public static final PartyKind ORS =
      new PartyKind("ors", "Observatoire régional de santé", PartyCategory.HEALTH_PROMOTION_AND_OBSERVATION);

  /**
   * The regional health promotion body. Wire code {@code ireps}, « Instance régionale d’éducation et
   * de promotion de la santé ». Category {@link PartyCategory#HEALTH_PROMOTION_AND_OBSERVATION}.
   */
  public static final PartyKind IREPS =
      new PartyKind(
          "ireps",
          "Instance régionale d’éducation et de promotion de la santé",
          PartyCategory.HEALTH_PROMOTION_AND_OBSERVATION);

  /**
   * An ordre professionnel, usually its conseil départemental (médecins, masseurs-kinésithérapeutes…).
   * Wire code {@code ordre_professionnel}, « Ordre professionnel ». Category {@link
   * PartyCategory#PROFESSIONAL_BODY}.
   */
  public static final PartyKind PROFESSIONAL_ORDER =
      new PartyKind("ordre_professionnel", "Ordre professionnel", PartyCategory.PROFESSIONAL_BODY);

  /**
   * An association that is none of the other kinds (UNAFAM, GEM, Oppelia). Wire code {@code
   * association}, « Association ». Category {@link PartyCategory#ASSOCIATION}.
   */
  public static final PartyKind ASSOCIATION =
      new PartyKind("association", "Association", PartyCategory.ASSOCIATION);

  /**
   * A company. Wire code {@code entreprise}, « Entreprise ». Category {@link
   * PartyCategory#COMPANY}.
   */
  public static final PartyKind COMPANY = new PartyKind("entreprise", "Entreprise", PartyCategory.COMPANY);

  /**
   * A role held by a person rather than an organisation (« Coordonnateur PTSM »). Wire code {@code
   * role}, « Fonction ». Category {@link PartyCategory#ROLE}.
   */
  public static final PartyKind ROLE = new PartyKind("role", "Fonction", PartyCategory.ROLE);

  private static final Map<String, PartyKind> KNOWN =
      index(ARS, PREFECTURE, REGION, DEPARTEMENT, COMMUNE, EPCI, COMMUNAUTE_DE_COMMUNES,
          COMMUNAUTE_AGGLOMERATION, COMMUNAUTE_URBAINE, METROPOLE, PAYS_PETR, CPAM, CARSAT, CAF,
          MSA, CANSSM, HOSPITAL, GHT, CPTS, EDUCATION_NATIONALE, DSDEN, ENSEIGNEMENT_CATHOLIQUE,
          CCAS_CIAS, DAC, ORS, IREPS, PROFESSIONAL_ORDER, ASSOCIATION, COMPANY, ROLE);

  /**
   * Other words people write for well-known kinds, folded ({@link Spelling#fold(String)}): the codes
   * first proposed for the list, the acronyms and the everyday names contracts use.
   */
  private static final Map<String, PartyKind> OTHER_WORDS =
      Map.ofEntries(
          Map.entry("etat", PREFECTURE),
          Map.entry("prefet", PREFECTURE),
          Map.entry("conseilregional", REGION),
          Map.entry("conseildepartemental", DEPARTEMENT),
          Map.entry("ville", COMMUNE),
          Map.entry("mairie", COMMUNE),
          Map.entry("intercommunalite", EPCI),
          Map.entry("cc", COMMUNAUTE_DE_COMMUNES),
          Map.entry("ca", COMMUNAUTE_AGGLOMERATION),
          Map.entry("cu", COMMUNAUTE_URBAINE),
          Map.entry("pays", PAYS_PETR),
          Map.entry("petr", PAYS_PETR),
          Map.entry("centrehospitalier", HOSPITAL),
          Map.entry("hopital", HOSPITAL),
          Map.entry("ch", HOSPITAL),
          Map.entry("chu", HOSPITAL),
          Map.entry("epsm", HOSPITAL),
          Map.entry("rectorat", EDUCATION_NATIONALE),
          Map.entry("ccas", CCAS_CIAS),
          Map.entry("cias", CCAS_CIAS));

  /** Other words this short are matched exactly only: « CC » is one letter from « CA » and « CU ». */
  private static final int SHORT_WORD = 4;

  /** Every spelling of every well-known kind: its code, its label, its other words. */
  private static final List<Spelt> SPELLINGS = spellings(true);

  /** The spellings a typo may be close to: all but the short other words. */
  private static final List<Spelt> TYPO_TARGETS = spellings(false);

  private final PartyCategory category;

  private PartyKind(String code, String frenchLabel, PartyCategory category) {
    super(code, frenchLabel);
    this.category = category;
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static PartyKind of(String code) {
    PartyKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new PartyKind(code, null, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<PartyKind> knownValues() {
    return KNOWN.values();
  }

  /**
   * Returns the well-known kind a code most likely means, to suggest it when a contract uses a code
   * this SDK does not know.
   *
   * <p>The code is compared {@linkplain Spelling#fold(String) folded} (without case, accents, spaces or
   * punctuation) with the codes and French labels of the well-known kinds and with a few other words
   * for them (« État », « conseil départemental », « centre hospitalier », « hôpital », « CHU »,
   * « intercommunalité », « CC », « PETR », « CCAS »…). Failing an exact match, the closest of them
   * wins if it is at most two letters away (one for a code of up to four letters); the other words of
   * up to four letters (« CC », « CA », « CH »…) are only ever matched exactly, being a letter apart.
   *
   * <pre>{@code
   * PartyKind.closestKnown("communaute_de_commune");   // Optional[communaute_de_communes]
   * PartyKind.closestKnown("EPCI");                    // Optional[epci]
   * PartyKind.closestKnown("Centre hospitalier");      // Optional[etablissement_sante]
   * PartyKind.closestKnown("mutuelle");                // Optional.empty
   * }</pre>
   *
   * @param code the code as written
   * @return for a well-known code, its kind; else the kind it most likely means, or empty when none is
   *     close or two kinds are equally close
   */
  public static Optional<PartyKind> closestKnown(String code) {
    PartyKind known = KNOWN.get(Objects.requireNonNull(code, "code"));
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Spelt> exact = Spelling.byLabel(SPELLINGS, code);
    return (exact.isPresent() ? exact : Spelling.closestCode(TYPO_TARGETS, code)).map(spelt -> spelt.kind);
  }

  /**
   * Returns the category of this kind (catégorie d’acteur), for rules that ask « is it a local
   * authority? » rather than list kinds.
   *
   * @return the category of a well-known kind; empty for a kind this SDK does not know
   */
  public Optional<PartyCategory> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Tells whether this kind is of the given category.
   *
   * @param category a category
   * @return {@code true} for a well-known kind of that category; {@code false} otherwise, and always
   *     for a kind this SDK does not know
   */
  public boolean belongsTo(PartyCategory category) {
    return this.category == Objects.requireNonNull(category, "category");
  }

  private static List<Spelt> spellings(boolean withShortWords) {
    List<Spelt> spellings = new ArrayList<>();
    for (PartyKind kind : KNOWN.values()) {
      spellings.add(new Spelt(kind.code(), kind.frenchLabel(), kind));
    }
    OTHER_WORDS.forEach(
        (word, kind) -> {
          if (withShortWords || word.length() > SHORT_WORD) {
            spellings.add(new Spelt(word, word, kind));
          }
        });
    return List.copyOf(spellings);
  }

  /** One way of writing a well-known kind; two spellings of the same kind are the same answer. */
  private static final class Spelt implements Coded {
    private final String code;
    private final String frenchLabel;
    final PartyKind kind;

    Spelt(String code, String frenchLabel, PartyKind kind) {
      this.code = code;
      this.frenchLabel = frenchLabel;
      this.kind = kind;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String frenchLabel() {
      return frenchLabel;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Spelt && ((Spelt) other).kind.equals(kind);
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }
  }
}
