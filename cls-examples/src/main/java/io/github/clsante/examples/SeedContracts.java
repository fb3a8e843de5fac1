package io.github.clsante.examples;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Amendment;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractReference;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.Milestone;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.PrsReference;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.TerritoryKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The five real seed contracts, built with the SDK's model from the public pages that describe
 * them.
 *
 * <p>Each contract holds what its page says, and nothing more: text is copied exactly as written
 * (typographic ’ and ASCII ' kept apart, « », œ), what the page does not say stays empty, and no
 * registry identifier (SIREN, SIRET, FINESS) is ever made up. Internal identifiers ({@code
 * "cpam-41"}, {@code "axe-1"}, {@code "fa-9"}) are readable document keys, not registry codes.
 * The few facts a page does not state but the code officiel géographique gives (a commune's
 * département) are marked as such in the source.
 *
 * <p>Each contract is built once, when this class is first used, and shared afterwards: contracts
 * are immutable.
 *
 * <pre>{@code
 * Contract agglopolys = SeedContracts.agglopolys();
 * agglopolys.allActionSheets().size();   // 19
 * SeedContracts.all().keySet();
 * // [agglopolys, villes-soeurs, le-havre, chartres, lens-lievin]
 * }</pre>
 */
public final class SeedContracts {

  private static final Contract AGGLOPOLYS = buildAgglopolys();
  private static final Contract VILLES_SOEURS = buildVillesSoeurs();
  private static final Contract LE_HAVRE = buildLeHavre();
  private static final Contract CHARTRES = buildChartres();
  private static final Contract LENS_LIEVIN = buildLensLievin();
  private static final Map<String, Contract> ALL = buildAll();

  private SeedContracts() {}

  /**
   * Returns the contrat local de santé of Agglopolys (Blois) for 2022-2027: the first intercommunal
   * contract, with its 5 axes (4 numbered and a transversal one) and its 19 action sheets.
   *
   * @return the contract, the same instance on every call
   */
  public static Contract agglopolys() {
    return AGGLOPOLYS;
  }

  /**
   * Returns the contrat local de santé of the Communauté de communes des Villes sœurs, signed on
   * 8 December 2017 with the ARS Normandie for 2018-2020, over a territory straddling Normandie and
   * Hauts-de-France, with its 6 axes (no action sheet listed).
   *
   * @return the contract, the same instance on every call
   */
  public static Contract villesSoeurs() {
    return VILLES_SOEURS;
  }

  /**
   * Returns the contrat local de santé of Le Havre Seine Métropole while in preparation, before its
   * signature planned early 2021: 3 axes, its diagnostic, no action sheet defined yet.
   *
   * @return the contract, the same instance on every call
   */
  public static Contract leHavre() {
    return LE_HAVRE;
  }

  /**
   * Returns the contrat local de santé of Chartres métropole, signed on 17 February 2020, carried
   * jointly by the ARS and Chartres métropole: 4 axes, and 56 action sheets announced but not
   * listed.
   *
   * @return the contract, the same instance on every call
   */
  public static Contract chartres() {
    return CHARTRES;
  }

  /**
   * Returns the contrat local de santé of the communauté d’agglomération Lens-Liévin (CALL), signed
   * in September 2019, whose steering committee it shares with the contrat de ville and the
   * ateliers santé-ville.
   *
   * @return the contract, the same instance on every call
   */
  public static Contract lensLievin() {
    return LENS_LIEVIN;
  }

  /**
   * Returns the five seed contracts by name, in this order: {@code agglopolys}, {@code
   * villes-soeurs}, {@code le-havre}, {@code chartres}, {@code lens-lievin}.
   *
   * @return an unmodifiable map, iterated in that order
   */
  public static Map<String, Contract> all() {
    return ALL;
  }

  /**
   * Returns the canonical JSON file of a seed contract, as bundled in this jar under {@code
   * /contracts/<name>.json}: the RFC 8785 form of the contract, format 1.1.
   *
   * @param name one of the names of {@link #all()}
   * @return the file's bytes
   * @throws IllegalArgumentException if no seed contract has that name
   */
  public static byte[] canonicalJson(String name) {
    if (!ALL.containsKey(name)) {
      throw new IllegalArgumentException("no seed contract named " + name + "; known: " + ALL.keySet());
    }
    try (java.io.InputStream in = SeedContracts.class.getResourceAsStream("/contracts/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks /contracts/" + name + ".json");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Contract> buildAll() {
    Map<String, Contract> all = new LinkedHashMap<>();
    all.put("agglopolys", AGGLOPOLYS);
    all.put("villes-soeurs", VILLES_SOEURS);
    all.put("le-havre", LE_HAVRE);
    all.put("chartres", CHARTRES);
    all.put("lens-lievin", LENS_LIEVIN);
    return Collections.unmodifiableMap(all);
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 002: Agglopolys (Blois), 2022-2027
  // ---------------------------------------------------------------------------------------------

  private static Contract buildAgglopolys() {
    return Contract.builder()
        .id("cls-agglopolys-2022-2027")
        // The page states no title for the contract: none is made up.
        // « La première rencontre annuelle du 25 janvier qui officialise la signature », and the
        // CLS « est déployé »: signed.
        .status(ContractStatus.SIGNED)
        // « pour la période 2022-2027 »: a contract of several years.
        .kind(ContractKind.PLURIANNUAL)
        .previousContract(ContractReference.builder()
            .description("Instauré à l’échelle de la Ville de Blois dans sa précédente version")
            .build())
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder()
            .name("Agglopolys")
            // The page never says « communauté d’agglomération »: the kind stays empty.
            // 41 is the COG code of Loir-et-Cher, whose Département the page names as a partner.
            .addDepartement("41")
            .addRegion(Region.CENTRE_VAL_DE_LOIRE)
            .build())
        .addCarrier(Carrier.builder().party(PartyRef.to("agglopolys")).build())
        .period(Period.builder()
            .start(PartialDate.ofYear(2022))
            .end(PartialDate.ofYear(2027))
            .asWritten("2022-2027")
            .build())
        // The day the signature is made official, « du 25 janvier », in a year the page does not
        // give: no signature date, the words as written.
        .signatureDateAsWritten("25 janvier")
        // « la signature de la convention entre Agglopolys et tous ses partenaires »; the ARS
        // « s’engage dans la signature de Contrat Locaux de Santé avec les collectivités ». The
        // other partners who sign are not named: the list is known to be incomplete.
        .addSignatory(signatory("agglopolys"))
        .addSignatory(signatory("ars-centre-val-de-loire"))
        .signatoriesComplete(false)
        // « Le premier CLS intercommunal », « les élus communautaires », « Conseil communautaire »:
        // an intercommunality (EPCI), which one the page does not say.
        .addParty(party("agglopolys", "Agglopolys").kind(PartyKind.EPCI).build())
        .addParty(party("ars-centre-val-de-loire", "Agence Régionale de Santé Centre-Val de Loire")
            .acronym("ARS")
            .kind(PartyKind.ARS)
            .addOtherName("ARS Centre-Val de Loire")
            .addOtherName("ARS Centre Val de Loire")
            .build())
        .addParty(party("cias-du-blaisois", "Centre Intercommunal d’Action Sociale du Blaisois")
            .acronym("CIAS")
            .kind(PartyKind.CCAS_CIAS)
            .addOtherName("Centre intercommunal d’action sociale du Blaisois")
            .addOtherName("CIAS du Blaisois")
            .build())
        .addParty(party("ville-de-blois", "Ville de Blois").kind(PartyKind.COMMUNE).build())
        .addParty(party("sante-escale-41", "Santé Escale 41").build())
        .addParty(party("unafam",
                "Union Nationale de Familles et Amis de personnes Malades et/ou handicapées "
                    + "psychiques")
            .build())
        .addParty(party("gem-amila", "Groupement d’Entraide Mutuelle AMILA").build())
        .addParty(party("coordonnateur-ptsm", "Coordonnateur Projet Territorial de Santé Mentale")
            .kind(PartyKind.ROLE)
            .build())
        .addParty(party("oppelia", "Oppelia / Vers un Réseau de Soins")
            .addOtherName("Oppelia / Vers un Réseau de Soin")
            .build())
        .addParty(party("pays-des-chateaux", "Pays des Châteaux").kind(PartyKind.PAYS_PETR).build())
        .addParty(party("cpam-41", "Caisse Primaire de l’Assurance Maladie 41")
            .kind(PartyKind.CPAM)
            .departement("41")
            .addOtherName("Caisse Primaire de l'Assurance Maladie 41")
            .build())
        .addParty(party("cpts-la-salamandre", "CPTS La Salamandre")
            .kind(PartyKind.CPTS)
            .addOtherName("Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre")
            .build())
        .addParty(party("ch-simone-veil-blois", "Centre Hospitalier Simone Veil de Blois")
            .kind(PartyKind.HOSPITAL)
            .addOtherName("Centre Hospitalier de Blois Simone Veil")
            .build())
        // The other partners of the elaboration.
        .addParty(party("etat", "Etat").kind(PartyKind.PREFECTURE).build())
        .addParty(party("region-centre-val-de-loire", "Région Centre-Val de Loire")
            .kind(PartyKind.REGION)
            .build())
        .addParty(party("departement-loir-et-cher", "Département de Loir-et-Cher")
            .kind(PartyKind.DEPARTEMENT)
            .build())
        .coordinator(Coordinator.builder()
            .name("Fanny SLUZALY")
            .jobTitle("Chef de projet Santé")
            .employer(PartyRef.to("agglopolys"))
            .contact(Contact.builder()
                .addPhone("02 54 51 31 03")
                .addPhone("07 85 66 31 31")
                .build())
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("rencontre-annuelle")
            .kind(GovernanceBodyKind.ANNUAL_MEETING)
            .name("rencontre annuelle")
            .description("La première rencontre annuelle du 25 janvier qui officialise la "
                + "signature de la convention entre Agglopolys et tous ses partenaires est aussi "
                + "l’occasion de faire une présentation complète du contenu du CLS aux acteurs de "
                + "la santé et de favoriser l’interconnaissance des professionnels.")
            .build())
        .diagnostic(Diagnostic.builder()
            .summary("un diagnostic de l’état de santé de la population, des besoins identifiés en "
                + "santé")
            .build())
        .prs(PrsReference.builder().title("Projet Régional de Santé").build())
        .addLinkedScheme(SchemeLink.builder()
            .kind(SchemeKind.PST)
            .name("Projet Social de Territoire d’Agglopolys")
            .party(PartyRef.to("cias-du-blaisois"))
            .description("Le nouveau CLS est le volet santé du Projet Social de Territoire "
                + "d’Agglopolys, porté par le Centre Intercommunal d’Action Sociale du Blaisois.")
            .build())
        // The page numbers the sheets 1 to 19 across the axes (AXE 2 begins at 4).
        .sheetNumbering(SheetNumbering.CONTRACT_WIDE)
        .addAxis(Axis.builder()
            .id("axe-1")
            .number("1")
            .label("AXE 1")
            .title("VIEILLIR EN BONNE SANTE")
            .addActionSheet(sheet(1, "Promouvoir l’aide au répit des aidants",
                    PartyRef.to("cias-du-blaisois"))
                .build())
            .addActionSheet(sheet(2, "Favoriser le développement de temps de rencontre notamment "
                    + "autour de l’activité physique et de la culture afin de renforcer le lien "
                    + "social",
                    unit("ville-de-blois", "service des sports",
                        "Ville de Blois (service des sports)"),
                    written("cias-du-blaisois",
                        "Centre intercommunal d’action sociale du Blaisois"))
                .build())
            .addActionSheet(sheet(3, "Impulser une dynamique autour du service civique solidarité "
                + "senior",
                    PartyRef.to("agglopolys"))
                .build())
            .build())
        .addAxis(Axis.builder()
            .id("axe-2")
            .number("2")
            .label("AXE 2")
            .title("FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE")
            // The page writes « Santé Escale 41 Agglopolys », without a comma: two pilots.
            .addActionSheet(sheet(4, "Favoriser le maintien dans la cité des personnes en "
                    + "souffrance psychique à l’échelle intercommunale en lien avec le Dispositif "
                    + "d’Appui à la Coordination (DAC)",
                    PartyRef.to("sante-escale-41"),
                    PartyRef.to("agglopolys"),
                    unit("ville-de-blois", "direction veille territoriale, solidarité",
                        "Ville de Blois (direction veille territoriale, solidarité)"))
                .addLinkedScheme(SchemeLink.builder()
                    .kind(SchemeKind.DAC)
                    .name("Dispositif d’Appui à la Coordination")
                    .build())
                .build())
            .addActionSheet(sheet(5, "Sensibiliser le grand public à la santé mentale par la mise "
                    + "en place d’actions spécifiques",
                    PartyRef.to("unafam"),
                    PartyRef.to("gem-amila"))
                .build())
            .addActionSheet(sheet(6, "Décliner localement les actions du Contrat Territorial de "
                    + "Santé Mentale",
                    PartyRef.to("coordonnateur-ptsm"),
                    written("ars-centre-val-de-loire", "ARS Centre Val de Loire"))
                .addLinkedScheme(SchemeLink.builder()
                    .kind(SchemeKind.CTSM)
                    .name("Contrat Territorial de Santé Mentale")
                    .build())
                .addLinkedScheme(SchemeLink.builder()
                    .kind(SchemeKind.PTSM)
                    .name("Projet Territorial de Santé Mentale")
                    .party(PartyRef.to("coordonnateur-ptsm"))
                    .build())
                .build())
            .addActionSheet(sheet(7, "Favoriser et accompagner les actions permettant le "
                    + "développement des compétences psychosociales tout au long de la vie",
                    PartyRef.to("oppelia"),
                    PartyRef.to("agglopolys"))
                .build())
            .build())
        .addAxis(Axis.builder()
            .id("axe-3")
            .number("3")
            .label("AXE 3")
            .title("AGIR SUR LES DETERMINANTS DE SANTE DE LA POPULATION")
            .addActionSheet(sheet(8, "Favoriser l’activité physique et l’accès à une alimentation "
                    + "équilibrée pour tous",
                    PartyRef.to("pays-des-chateaux"),
                    PartyRef.to("sante-escale-41"))
                .build())
            .addActionSheet(sheet(9, "Développer les mobilités pour une bonne santé",
                    unit("agglopolys", "direction des mobilités",
                        "Agglopolys (direction des mobilités)"))
                .build())
            .addActionSheet(sheet(10, "Faciliter le déploiement des journées Santé sur le "
                    + "territoire intercommunal",
                    written("cpam-41", "Caisse Primaire de l'Assurance Maladie 41"))
                .build())
            .addActionSheet(sheet(11, "Renforcer le dépistage en étant relais des campagnes "
                + "nationales",
                    PartyRef.to("cpam-41"),
                    PartyRef.to("agglopolys"))
                .addLinkedScheme(SchemeLink.to(SchemeKind.NATIONAL_SCREENING_CAMPAIGN))
                .build())
            .addActionSheet(sheet(12, "Créer un support d’aide au repérage des programmes et des "
                    + "ressources en prévention des conduites à risques",
                    written("oppelia", "Oppelia / Vers un Réseau de Soin"),
                    written("ars-centre-val-de-loire", "ARS Centre Val de Loire"))
                .build())
            .build())
        .addAxis(Axis.builder()
            .id("axe-4")
            .number("4")
            .label("AXE 4")
            .title("FACILITER UN ACCES AUX SOINS AU PLUS PRES DES HABITANTS")
            .addActionSheet(sheet(13, "Favoriser l’accès au logement des étudiants en santé et des "
                    + "jeunes travailleurs et encourager le développement de l’offre de formation "
                    + "en santé sur le territoire d’Agglopolys",
                    PartyRef.to("agglopolys"),
                    written("cias-du-blaisois", "CIAS du Blaisois"),
                    PartyRef.to("ch-simone-veil-blois"))
                .build())
            .addActionSheet(sheet(14, "Organiser des temps de rencontre et d’échanges à "
                    + "destination des étudiants en santé",
                    PartyRef.to("cpts-la-salamandre"))
                .build())
            .addActionSheet(sheet(15, "Créer une boîte à outils en ingénierie de projet à "
                    + "destination des communes et des professionnels de santé",
                    PartyRef.to("cpts-la-salamandre"),
                    PartyRef.to("agglopolys"))
                .build())
            .addActionSheet(sheet(16, "Développer à l’échelle intercommunale les actions "
                    + "permettant de faciliter l’accès aux soins des publics fragiles",
                    PartyRef.to("cpts-la-salamandre"))
                .build())
            .addActionSheet(sheet(17, "Accompagner les usagers dans l’accès aux droits en santé "
                    + "(numérique, …)",
                    written("cpam-41", "Caisse Primaire de l'Assurance Maladie 41"))
                .build())
            .build())
        .addAxis(Axis.builder()
            .id("axe-t")
            .label("EN TRANSVERSALITE")
            .title("COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS")
            .transversal(true)
            .addActionSheet(sheet(18, "Garantir l’articulation entre le Contrat Local de Santé "
                    + "(CLS), le Plan Climat Air Énergie Territorial (PCAET), le Plan Local "
                    + "d’Urbanisme Intercommunal Habitat et Déplacements (PLUi-HD) et le Projet "
                    + "Social de Territoire (PST)",
                    PartyRef.to("agglopolys"))
                .addLinkedScheme(SchemeLink.builder()
                    .kind(SchemeKind.PCAET)
                    .name("Plan Climat Air Énergie Territorial")
                    .build())
                .addLinkedScheme(SchemeLink.builder()
                    .kind(SchemeKind.PLUI_HD)
                    .name("Plan Local d’Urbanisme Intercommunal Habitat et Déplacements")
                    .build())
                .addLinkedScheme(SchemeLink.builder()
                    .kind(SchemeKind.PST)
                    .name("Projet Social de Territoire")
                    .build())
                .build())
            .addActionSheet(sheet(19, "Promouvoir l’interconnaissance des acteurs locaux et des "
                    + "dispositifs",
                    PartyRef.to("agglopolys"))
                .build())
            .build())
        .announcedAxisCount(5)
        .announcedActionSheetCount(19)
        .addMilestone(Milestone.builder()
            .date(PartialDate.ofMonth(2022, 3))
            .description("les élus communautaires ont décidé d’inscrire cette démarche à l’échelle "
                + "de son territoire en séance du Conseil communautaire de mars 2022, avec la "
                + "prise de la nouvelle compétence : «Actions d’intérêt communautaire de promotion "
                + "et de prévention en santé et de développement et de coordination de l’offre de "
                + "soins visant à lutter contre les déserts médicaux»")
            .build())
        // The year of this 25 January is not given: the milestone has no date.
        .addMilestone(Milestone.builder()
            .description("La première rencontre annuelle du 25 janvier qui officialise la "
                + "signature de la convention entre Agglopolys et tous ses partenaires")
            .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 001: Communauté de communes des Villes sœurs, 2018-2020
  // ---------------------------------------------------------------------------------------------

  private static Contract buildVillesSoeurs() {
    return Contract.builder()
        .id("cls-villes-soeurs-2018-2020")
        // « Le 8 décembre 2017, la Communauté de communes des Villes sœurs […] a signé un contrat
        // local de santé ».
        .status(ContractStatus.SIGNED)
        // « Le programme d’actions sur trois ans ».
        .kind(ContractKind.PLURIANNUAL)
        .leadArs(Region.NORMANDIE)
        .territory(Territory.builder()
            .name("Communauté de communes des Villes sœurs")
            .kind(TerritoryKind.COMMUNAUTE_DE_COMMUNES)
            .addCommune(Commune.named("Eu"))
            .addCommune(Commune.named("le Tréport"))
            .addCommune(Commune.named("Mers les bains"))
            // Not on the page, from the COG: Eu and Le Tréport are in 76 Seine-Maritime,
            // Mers-les-Bains in 80 Somme.
            .addDepartement("76")
            .addDepartement("80")
            // The page: « située à cheval sur la région Normandie et Haut de France ».
            .addRegion(Region.NORMANDIE)
            .addRegion(Region.HAUTS_DE_FRANCE)
            .description("située à cheval sur la région Normandie et Haut de France")
            .build())
        .addCarrier(Carrier.builder().party(PartyRef.to("cc-villes-soeurs")).build())
        .period(Period.builder()
            .start(PartialDate.ofYear(2018))
            .end(PartialDate.ofYear(2020))
            .durationMonths(36)
            .asWritten("2018-2020")
            .build())
        .signatureDate(PartialDate.of(2017, 12, 8))
        .signatureDateAsWritten("Le 8 décembre 2017")
        .addSignatory(signatory("cc-villes-soeurs"))
        .addSignatory(signatory("ars-normandie"))
        .addParty(party("cc-villes-soeurs", "Communauté de communes des Villes sœurs")
            .kind(PartyKind.COMMUNAUTE_DE_COMMUNES)
            .addOtherName("CC des Villes sœurs")
            .build())
        .addParty(party("ars-normandie", "Agence régionale de santé de Normandie")
            .acronym("ARS")
            .kind(PartyKind.ARS)
            .build())
        .coordinator(Coordinator.builder()
            .jobTitle("coordonnateur Santé")
            .addFundedBy(PartyRef.to("ars-normandie"))
            .addFundedBy(PartyRef.to("cc-villes-soeurs"))
            .note("en cours de recrutement")
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("copil")
            .kind(GovernanceBodyKind.STEERING_COMMITTEE)
            .name("comité de pilotage")
            .description("Début 2018, le premier comité de pilotage réunissant les principaux "
                + "partenaires lancera le déploiement du CLS.")
            .build())
        .diagnostic(Diagnostic.builder().summary("un premier diagnostic de territoire").build())
        .prs(PrsReference.builder().title("Projet régional de santé").generation(2).build())
        .addPriority("les inégalités de santé")
        .addPriority("le vieillissement de la population")
        .addGeneralObjective("réduire les inégalités sociales et territoriales de santé")
        .addGeneralObjective("anticiper et accompagner le vieillissement de la population")
        .addLinkedScheme(SchemeLink.builder()
            .kind(SchemeKind.TERRITORIAL_HEALTH_COUNCIL)
            .name("Conseil territorial de santé du territoire de Dieppe")
            .description("avis favorable unanime du Conseil territorial de santé du territoire de "
                + "Dieppe")
            .build())
        .addAxis(numberedAxis(1, "Améliorer l’accès aux droits"))
        .addAxis(numberedAxis(2, "Améliorer l’accès aux soins"))
        .addAxis(numberedAxis(3,
            "Favoriser les actions de prévention et promotion en santé pour lutter contre le "
                + "cancer"))
        .addAxis(numberedAxis(4,
            "Améliorer la prise en charge des personnes ayant des pratiques addictives"))
        .addAxis(numberedAxis(5, "Améliorer le parcours de vie et de santé des personnes âgées"))
        .addAxis(numberedAxis(6, "Renforcer l’intégration des personnes en situation de handicap"))
        .announcedAxisCount(6)
        // « 6 axes stratégiques assortis d’un programme d’actions »: the actions exist, the page
        // lists none of them.
        .actionSheetsComplete(false)
        .addAmendment(Amendment.builder()
            .planned(true)
            .object("Le Contrat Local de Santé, outil de déploiement de la politique de santé, "
                + "sera enrichi dès 2018 afin de prendre en compte le Projet régional de santé "
                + "(PRS) de 2ème génération.")
            .build())
        .addMilestone(Milestone.builder()
            .date(PartialDate.of(2017, 3, 3))
            .description("Un séminaire de travail, organisé le 03 mars 2017, a permis de réunir "
                + "toutes ces contributions au sein d’un contrat.")
            .build())
        // The page does not date the opinion.
        .addMilestone(Milestone.builder()
            .description("avis favorable unanime du Conseil territorial de santé du territoire de "
                + "Dieppe")
            .build())
        .addMilestone(Milestone.builder()
            .date(PartialDate.ofYear(2018))
            .description("Début 2018, le premier comité de pilotage réunissant les principaux "
                + "partenaires lancera le déploiement du CLS.")
            .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 000: Le Havre Seine Métropole, in preparation
  // ---------------------------------------------------------------------------------------------

  private static Contract buildLeHavre() {
    return Contract.builder()
        .id("cls-le-havre-seine-metropole")
        // « La signature du CLS devrait avoir lieu début d’année 2021 »: not signed yet.
        .status(ContractStatus.IN_PREPARATION)
        // « pour un déploiement des actions sur 3 ans ».
        .kind(ContractKind.PLURIANNUAL)
        // The page says only « l’ARS »: the communauté urbaine lies in Normandie.
        .leadArs(Region.NORMANDIE)
        .territory(Territory.builder()
            .name("Le Havre Seine Métropole")
            .kind(TerritoryKind.COMMUNAUTE_URBAINE)
            // Not on the page, from the COG: Le Havre is in 76 Seine-Maritime, région Normandie.
            .addDepartement("76")
            .addRegion(Region.NORMANDIE)
            .build())
        .addCarrier(Carrier.builder().party(PartyRef.to("le-havre-seine-metropole")).build())
        .period(Period.builder()
            .durationMonths(36)
            .asWritten("un déploiement des actions sur 3 ans")
            .build())
        .addParty(party("le-havre-seine-metropole", "Communauté Urbaine Le Havre Seine Métropole")
            .kind(PartyKind.COMMUNAUTE_URBAINE)
            .build())
        .addParty(party("ars-normandie", "ARS").kind(PartyKind.ARS).build())
        .addParty(party("cpam", "CPAM").kind(PartyKind.CPAM).build())
        .addParty(party("region-normandie", "Région").kind(PartyKind.REGION).build())
        .addParty(party("departement-76", "département").kind(PartyKind.DEPARTEMENT).build())
        .coordinator(Coordinator.builder()
            .jobTitle("coordinateur CLS")
            .employer(PartyRef.to("le-havre-seine-metropole"))
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("copil")
            .kind(GovernanceBodyKind.STEERING_COMMITTEE)
            .name("COPIL")
            .description("Un COPIL réunissant l’ARS, La CPAM, la Région, le département, la "
                + "direction générale de la communauté urbaine et l’élu communautaire en charge "
                + "des questions de santé ont permis de valider les axes de travail dégagés lors "
                + "des ateliers.")
            .addMember(PartyRef.to("ars-normandie"))
            .addMember(PartyRef.to("cpam"))
            .addMember(PartyRef.to("region-normandie"))
            .addMember(PartyRef.to("departement-76"))
            .addMember(unit("le-havre-seine-metropole", "direction générale",
                "direction générale de la communauté urbaine"))
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("groupes-de-travail")
            .kind(GovernanceBodyKind.WORKING_GROUP)
            .description("Les acteurs seront conviés par thème à travailler en petit groupe pour "
                + "décliner ensemble des actions à mettre en place et définir le rôle de chacun, "
                + "toujours sous le pilotage du coordinateur CLS de la communauté urbaine et en "
                + "lien avec l’ARS.")
            .build())
        .diagnostic(Diagnostic.builder()
            .summary("Un diagnostic a été réalisé permettant d’avoir une vision éclairée des "
                + "déterminants de santé.")
            .addMethod("3 ateliers ont réunis des acteurs locaux (élus, établissements et "
                + "professionnels de santé, associations, etc) pour confronter les données "
                + "quantitatives aux ressentis de territoire et identifier les priorités")
            .addFinding("différentiel de mortalité par cancer de +22% pour les hommes et +10% pour "
                + "les femmes sur le territoire")
            .addFinding("surmortalité significative pour le cancer du poumon, des voies "
                + "aérodigestives supérieures et la prostate")
            .build())
        .addGeneralObjective("réduire les inégalités sociales et territoriales de santé")
        // The page lists the axes as bullets, without numbers.
        .addAxis(Axis.builder().id("axe-1").title("Accès à la santé pour tous").build())
        .addAxis(Axis.builder().id("axe-2").title("Comportements favorables à la santé").build())
        .addAxis(Axis.builder().id("axe-3").title("Environnement et cadre de vie").build())
        .announcedAxisCount(3)
        .addMilestone(Milestone.builder()
            .date(PartialDate.ofYear(2021))
            .description("La signature du CLS devrait avoir lieu début d’année 2021 avec l’ARS et "
                + "l’ensemble des partenaires")
            .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 004: Chartres métropole, signed on 17 February 2020
  // ---------------------------------------------------------------------------------------------

  private static Contract buildChartres() {
    return Contract.builder()
        .id("cls-chartres-metropole")
        .title("Contrat local de Santé de Chartres métropole")
        // « Le CLS a été signé le 17 février 2020. »
        .status(ContractStatus.SIGNED)
        // « pour définir et programmer une stratégie locale de santé sur plusieurs années ».
        .kind(ContractKind.PLURIANNUAL)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder()
            .name("Chartres métropole")
            // The page speaks of « notre agglomération ».
            .kind(TerritoryKind.COMMUNAUTE_AGGLOMERATION)
            // « l’Agence régionale de santé 28 »: 28 is Eure-et-Loir, in Centre-Val de Loire (COG).
            .addDepartement("28")
            .addRegion(Region.CENTRE_VAL_DE_LOIRE)
            .build())
        .addCarrier(Carrier.builder().party(PartyRef.to("ars-centre-val-de-loire")).build())
        .addCarrier(Carrier.builder().party(PartyRef.to("chartres-metropole")).build())
        // « Le CLS a été signé le 17 février 2020. »: who signed is not said, so the (empty) list of
        // signatories is known to be incomplete.
        .signatureDate(PartialDate.of(2020, 2, 17))
        .signatureDateAsWritten("le 17 février 2020")
        .signatoriesComplete(false)
        .addParty(party("ars-centre-val-de-loire", "Agence régionale de santé")
            .acronym("ARS")
            .kind(PartyKind.ARS)
            .addOtherName("Agence régionale de santé 28")
            .build())
        .addParty(party("chartres-metropole", "Chartres métropole")
            .kind(PartyKind.COMMUNAUTE_AGGLOMERATION)
            .build())
        .addParty(party("departement", "Département").kind(PartyKind.DEPARTEMENT).build())
        .addParty(party("education-nationale", "Éducation nationale")
            .kind(PartyKind.EDUCATION_NATIONALE)
            .build())
        .addParty(party("cpam", "Caisse primaire d’assurance maladie").kind(PartyKind.CPAM).build())
        .addParty(party("hopitaux-de-chartres", "Hôpitaux de Chartres")
            .kind(PartyKind.HOSPITAL)
            .build())
        .addParty(party("ch-henry-ey", "Centre hospitalier Henry-Ey")
            .kind(PartyKind.HOSPITAL)
            .build())
        .addParty(party("ors-centre-val-de-loire",
                "Observatoire régional de santé (ORS) Centre-Val de Loire")
            .acronym("ORS")
            .kind(PartyKind.ORS)
            .build())
        .coordinator(Coordinator.builder()
            .name("Loétitia Ronsin")
            .jobTitle("coordonnatrice territoriale de santé")
            .build())
        .addElectedReferent(Person.builder()
            .name("Dominique Soulet")
            .function("conseiller communautaire délégué aux relations avec les établissements de "
                + "santé et pilote du Contrat local de santé")
            .organisation(PartyRef.to("chartres-metropole"))
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("copil")
            .kind(GovernanceBodyKind.STEERING_COMMITTEE)
            .name("comité de pilotage")
            .description("un comité de pilotage qui regroupe l'ensemble des acteurs sur le "
                + "territoire de Chartres métropole sur les thématiques de la santé")
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("cotech")
            .kind(GovernanceBodyKind.TECHNICAL_COMMITTEE)
            .name("comité technique")
            .description("un comité technique en charge de la mise en œuvre du plan d'actions")
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("groupes-de-travail")
            .kind(GovernanceBodyKind.WORKING_GROUP)
            .name("groupes de travail thématiques")
            .description("des groupes de travail thématiques constitués en fonction des quatre "
                + "axes retenus")
            .build())
        .diagnostic(Diagnostic.builder()
            .producer(PartyRef.to("ors-centre-val-de-loire"))
            .quantitative(true)
            .qualitative(true)
            .addMethod("Des rencontres thématiques avec les élus, les acteurs locaux, la "
                + "population")
            .summary("Le diagnostic met en évidence la situation démographique, sociale, "
                + "médico-sociale et sanitaire de l’agglomération et s’attache à mettre en "
                + "perspective l’état de santé de la population et l’offre de prévention et de "
                + "soins disponible sur le territoire.")
            .addFinding("un manque de certains professionnels de santé, particulièrement les "
                + "médecins généralistes et les spécialistes")
            .addFinding("un vieillissement de la population")
            .addFinding("l’éloignement de certains publics de l’accès aux soins")
            .addFinding("une forte problématique de santé mentale")
            .build())
        .prs(PrsReference.builder().title("Programme régional de santé").build())
        .addGeneralObjective("réduire les inégalités sociales et territoriales")
        // The page quotes the axes in one sentence, without numbers.
        .addAxis(Axis.builder()
            .id("axe-1")
            .title("Promotion, prévention et santé-environnement")
            .build())
        .addAxis(Axis.builder().id("axe-2").title("Offre de soins et accès aux droits").build())
        .addAxis(Axis.builder().id("axe-3").title("Autonomie pour tous").build())
        .addAxis(Axis.builder().id("axe-4").title("Information-coordination").build())
        .announcedAxisCount(4)
        // « Ces quatre axes se déclinent en 56 fiches actions »: the page lists none of them.
        .announcedActionSheetCount(56)
        .actionSheetsComplete(false)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 003: communauté d’agglomération Lens-Liévin (CALL), signed in September 2019
  // ---------------------------------------------------------------------------------------------

  private static Contract buildLensLievin() {
    return Contract.builder()
        .id("cls-lens-lievin")
        // « signataire d’un contrat local de santé depuis septembre 2019 ».
        .status(ContractStatus.SIGNED)
        // The page says « l’agence régionale de santé »: Pas-de-Calais (62) is in Hauts-de-France.
        .leadArs(Region.HAUTS_DE_FRANCE)
        .territory(Territory.builder()
            .name("communauté d’agglomération Lens-Liévin")
            .kind(TerritoryKind.COMMUNAUTE_AGGLOMERATION)
            // « Lens-Liévin (62) »; the region comes from the COG.
            .addDepartement("62")
            .addRegion(Region.HAUTS_DE_FRANCE)
            .build())
        .addCarrier(Carrier.builder().party(PartyRef.to("call")).build())
        // « signataire d’un contrat local de santé depuis septembre 2019 »: the day is not given.
        .signatureDate(PartialDate.ofMonth(2019, 9))
        .signatureDateAsWritten("septembre 2019")
        // « rassemblant notamment, outre l’agglomération et l’agence régionale de santé, la caisse
        // autonome nationale de la sécurité sociale des mines, le centre hospitalier de Lens,
        // l’Éducation nationale et une communauté professionnelle territoriale de santé »: the page
        // says neither who is principal nor who is associated, and « notamment » says the list is
        // not complete.
        .addSignatory(signatory("call"))
        .addSignatory(signatory("ars-hauts-de-france"))
        .addSignatory(signatory("canssm"))
        .addSignatory(signatory("ch-lens"))
        .addSignatory(signatory("education-nationale"))
        .addSignatory(signatory("cpts-signataire"))
        .signatoriesComplete(false)
        .addParty(party("call", "communauté d’agglomération Lens-Liévin")
            .acronym("CALL")
            .kind(PartyKind.COMMUNAUTE_AGGLOMERATION)
            .build())
        .addParty(party("ars-hauts-de-france", "agence régionale de santé")
            .kind(PartyKind.ARS)
            .build())
        .addParty(party("canssm", "caisse autonome nationale de la sécurité sociale des mines")
            .kind(PartyKind.CANSSM)
            .build())
        .addParty(party("ch-lens", "centre hospitalier de Lens").kind(PartyKind.HOSPITAL).build())
        .addParty(party("education-nationale", "Éducation nationale")
            .kind(PartyKind.EDUCATION_NATIONALE)
            .build())
        // The page does not name the CPTS among the signatories; it names the CPTS Liévin Pays
        // d’Artois separately, as taking part in the contract. They may be the same: not said.
        .addParty(party("cpts-signataire", "communauté professionnelle territoriale de santé")
            .kind(PartyKind.CPTS)
            .build())
        .addParty(party("cpts-lievin-pays-d-artois", "CPTS Liévin Pays d’Artois")
            .kind(PartyKind.CPTS)
            .build())
        .coordinator(Coordinator.builder()
            .service("services de la politique de la ville")
            .build())
        .addGovernanceBody(GovernanceBody.builder()
            .id("copil")
            .kind(GovernanceBodyKind.STEERING_COMMITTEE)
            .name("comité de pilotage commun")
            .description("La coordination du contrat local de santé est rattachée aux services de "
                + "la politique de la ville et les deux dispositifs font l’objet d’un comité de "
                + "pilotage commun.")
            .addSharedWith(SchemeKind.CONTRAT_DE_VILLE)
            .addSharedWith(SchemeKind.ASV)
            .build())
        .addLinkedScheme(SchemeLink.builder()
            .kind(SchemeKind.CLSM)
            .description("La CALL est également couverte par un conseil local de santé mentale "
                + "(CLSM) porté à l’échelle de deux agglomérations (la CALL et la communautés "
                + "d’agglomération Hénin-Carvin - CAHC), créé en 2015.")
            .build())
        .addLinkedScheme(SchemeLink.builder()
            .kind(SchemeKind.CONTRAT_DE_VILLE)
            .party(PartyRef.to("call"))
            .description("la CALL est signataire d’un contrat de ville")
            .build())
        .addLinkedScheme(SchemeLink.builder()
            .kind(SchemeKind.ASV)
            .party(PartyRef.to("call"))
            .description("assure des ateliers santé-ville")
            .build())
        .addLinkedScheme(SchemeLink.builder()
            .kind(SchemeKind.CPTS)
            .name("CPTS Liévin Pays d’Artois")
            .party(PartyRef.to("cpts-lievin-pays-d-artois"))
            .description("Elle participe au contrat local de santé de l’agglomération.")
            .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static Party.Builder party(String id, String name) {
    return Party.builder().id(id).name(name);
  }

  /** A reference whose words differ from the party's name. */
  private static PartyRef written(String partyId, String asWritten) {
    return PartyRef.builder().partyId(partyId).asWritten(asWritten).build();
  }

  /** A reference to a unit of a party, with the words the page uses. */
  private static PartyRef unit(String partyId, String unit, String asWritten) {
    return PartyRef.builder().partyId(partyId).unit(unit).asWritten(asWritten).build();
  }

  /** A signatory whose role (principal or associated) the page does not state. */
  private static Signatory signatory(String partyId) {
    return Signatory.builder().party(PartyRef.to(partyId)).build();
  }

  /** A sheet numbered across the contract: identifier {@code fa-N}, number {@code "N"}. */
  private static ActionSheet.Builder sheet(int number, String title, PartyRef... pilots) {
    return ActionSheet.builder()
        .id("fa-" + number)
        .number(Integer.toString(number))
        .title(title)
        .addPilots(pilots);
  }

  private static Axis numberedAxis(int number, String title) {
    return Axis.builder().id("axe-" + number).number(Integer.toString(number)).title(title).build();
  }
}
