package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.Milestone;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.TerritoryKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedContractsTest {

  /** U+2019, the typographic apostrophe the pages use, as opposed to the ASCII {@code '}. */
  private static final int RIGHT_SINGLE_QUOTATION_MARK = 0x2019;

  private static final Contract AGGLOPOLYS = SeedContracts.agglopolys();
  private static final Contract VILLES_SOEURS = SeedContracts.villesSoeurs();
  private static final Contract LE_HAVRE = SeedContracts.leHavre();
  private static final Contract CHARTRES = SeedContracts.chartres();
  private static final Contract LENS_LIEVIN = SeedContracts.lensLievin();

  // --- All seeds -------------------------------------------------------------------------------

  @Test
  void all_lists_the_five_seeds_by_name_in_order() {
    assertThat(SeedContracts.all().keySet())
        .containsExactly("agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin");
    assertThat(SeedContracts.all().values())
        .containsExactly(AGGLOPOLYS, VILLES_SOEURS, LE_HAVRE, CHARTRES, LENS_LIEVIN);
  }

  @Test
  void all_cannot_be_modified() {
    Map<String, Contract> all = SeedContracts.all();
    assertThatThrownBy(() -> all.put("autre", AGGLOPOLYS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.remove("agglopolys"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void each_seed_is_built_once_and_shared() {
    assertThat(SeedContracts.agglopolys()).isSameAs(AGGLOPOLYS);
    assertThat(SeedContracts.villesSoeurs()).isSameAs(VILLES_SOEURS);
    assertThat(SeedContracts.leHavre()).isSameAs(LE_HAVRE);
    assertThat(SeedContracts.chartres()).isSameAs(CHARTRES);
    assertThat(SeedContracts.lensLievin()).isSameAs(LENS_LIEVIN);
    assertThat(SeedContracts.all().get("chartres")).isSameAs(CHARTRES);
  }

  @Test
  void seed_contract_ids_are_readable_and_distinct() {
    assertThat(SeedContracts.all().values().stream().map(Contract::id))
        .containsExactly("cls-agglopolys-2022-2027", "cls-villes-soeurs-2018-2020",
            "cls-le-havre-seine-metropole", "cls-chartres-metropole", "cls-lens-lievin");
  }

  @Test
  void no_seed_contract_holds_a_registry_identifier() {
    for (Contract contract : SeedContracts.all().values()) {
      assertThat(contract.parties())
          .as(contract.id())
          .allSatisfy(party -> assertThat(party.identifiers()).as(party.id()).isEmpty());
    }
  }

  @Test
  void every_party_reference_resolves_to_a_declared_party() {
    for (Contract contract : SeedContracts.all().values()) {
      List<PartyRef> refs = partyRefs(contract);
      assertThat(refs).as(contract.id()).isNotEmpty();
      assertThat(refs)
          .as(contract.id())
          .allSatisfy(ref ->
              assertThat(contract.party(ref.partyId())).as(ref.partyId()).isPresent());
    }
  }

  @Test
  void party_ids_are_unique_within_each_contract() {
    for (Contract contract : SeedContracts.all().values()) {
      List<String> ids = contract.parties().stream().map(Party::id).collect(Collectors.toList());
      assertThat(ids).as(contract.id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void only_agglopolys_lists_action_sheets() {
    assertThat(AGGLOPOLYS.allActionSheets()).hasSize(19);
    assertThat(VILLES_SOEURS.allActionSheets()).isEmpty();
    assertThat(LE_HAVRE.allActionSheets()).isEmpty();
    assertThat(CHARTRES.allActionSheets()).isEmpty();
    assertThat(LENS_LIEVIN.allActionSheets()).isEmpty();
  }

  @Test
  void only_chartres_states_a_title() {
    assertThat(CHARTRES.title()).hasValue("Contrat local de Santé de Chartres métropole");
    assertThat(Stream.of(AGGLOPOLYS, VILLES_SOEURS, LE_HAVRE, LENS_LIEVIN).map(Contract::title))
        .allSatisfy(title -> assertThat(title).isEmpty());
  }

  @Test
  void lead_ars_of_each_seed() {
    assertThat(SeedContracts.all().values().stream().map(Contract::leadArs))
        .containsExactly(Region.CENTRE_VAL_DE_LOIRE, Region.NORMANDIE, Region.NORMANDIE,
            Region.CENTRE_VAL_DE_LOIRE, Region.HAUTS_DE_FRANCE);
  }

  @Test
  void each_seed_states_its_status_and_four_say_they_last_several_years() {
    assertThat(SeedContracts.all().values().stream().map(Contract::status)).containsExactly(
        Optional.of(ContractStatus.SIGNED), Optional.of(ContractStatus.SIGNED),
        Optional.of(ContractStatus.IN_PREPARATION), Optional.of(ContractStatus.SIGNED),
        Optional.of(ContractStatus.SIGNED));
    // « 2022-2027 », « sur trois ans », « sur 3 ans », « sur plusieurs années »; Lens-Liévin's page
    // gives no length.
    assertThat(SeedContracts.all().values().stream().map(Contract::kind)).containsExactly(
        Optional.of(ContractKind.PLURIANNUAL), Optional.of(ContractKind.PLURIANNUAL),
        Optional.of(ContractKind.PLURIANNUAL), Optional.of(ContractKind.PLURIANNUAL),
        Optional.empty());
  }

  @Test
  void each_signature_date_is_kept_as_the_page_writes_it() {
    assertThat(SeedContracts.all().values().stream().map(Contract::signatureDateAsWritten))
        .containsExactly(Optional.of("25 janvier"), Optional.of("Le 8 décembre 2017"),
            Optional.empty(), Optional.of("le 17 février 2020"), Optional.of("septembre 2019"));
  }

  @Test
  void the_lists_known_to_be_incomplete_say_so_and_the_others_say_nothing() {
    assertThat(SeedContracts.all().values().stream().map(Contract::signatoriesComplete))
        .containsExactly(Optional.of(false), Optional.empty(), Optional.empty(), Optional.of(false),
            Optional.of(false));
    assertThat(SeedContracts.all().values().stream().map(Contract::actionSheetsComplete))
        .containsExactly(Optional.empty(), Optional.of(false), Optional.empty(), Optional.of(false),
            Optional.empty());
  }

  @Test
  void no_seed_states_what_its_page_does_not_say() {
    for (Contract contract : SeedContracts.all().values()) {
      assertThat(contract.documentVersion()).as(contract.id()).isEmpty();
      assertThat(contract.signaturePlace()).as(contract.id()).isEmpty();
      assertThat(contract.signaturePrintedBlank()).as(contract.id()).isEmpty();
      assertThat(contract.announcedActionSheetCountAtLeast()).as(contract.id()).isEmpty();
      assertThat(contract.actionSheetsAnnexed()).as(contract.id()).isEmpty();
      assertThat(contract.successorContract()).as(contract.id()).isEmpty();
      assertThat(contract.evaluation()).as(contract.id()).isEmpty();
      assertThat(contract.formerLeadArs()).as(contract.id()).isEmpty();
      assertThat(contract.extensions()).as(contract.id()).isEmpty();
      assertThat(contract.signatories()).as(contract.id())
          .allSatisfy(signatory -> assertThat(signatory.role()).isEmpty());
      assertThat(contract.parties()).as(contract.id())
          .allSatisfy(party -> assertThat(party.category()).as(party.id()).isEmpty());
      assertThat(contract.allActionSheets()).as(contract.id())
          .allSatisfy(sheet -> assertThat(sheet.label()).as(sheet.id()).isEmpty());
    }
  }

  @Test
  void only_agglopolys_shows_how_its_sheets_are_numbered() {
    assertThat(SeedContracts.all().values().stream().map(Contract::sheetNumbering))
        .containsExactly(Optional.of(SheetNumbering.CONTRACT_WIDE), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
  }

  // --- Agglopolys ------------------------------------------------------------------------------

  @Test
  void agglopolys_is_signed_for_2022_to_2027_with_no_signature_date() {
    assertThat(AGGLOPOLYS.status()).contains(ContractStatus.SIGNED);
    assertThat(AGGLOPOLYS.kind()).contains(ContractKind.PLURIANNUAL);
    assertThat(AGGLOPOLYS.signatureDate()).isEmpty();
    // « La première rencontre annuelle du 25 janvier qui officialise la signature »: no year.
    assertThat(AGGLOPOLYS.signatureDateAsWritten()).hasValue("25 janvier");
    assertThat(AGGLOPOLYS.generation()).isEmpty();
    Period period = AGGLOPOLYS.period().orElseThrow();
    assertThat(period.start()).hasValue(PartialDate.ofYear(2022));
    assertThat(period.end()).hasValue(PartialDate.ofYear(2027));
    assertThat(period.asWritten()).hasValue("2022-2027");
    assertThat(period.durationMonths()).isEmpty();
  }

  @Test
  void agglopolys_follows_the_city_scale_contract_of_blois() {
    assertThat(AGGLOPOLYS.previousContract().orElseThrow().description())
        .hasValue("Instauré à l’échelle de la Ville de Blois dans sa précédente version");
  }

  @Test
  void agglopolys_territory_is_named_but_its_kind_is_not_stated() {
    assertThat(AGGLOPOLYS.territory().name()).hasValue("Agglopolys");
    assertThat(AGGLOPOLYS.territory().kind()).isEmpty();
    assertThat(AGGLOPOLYS.territory().departements()).containsExactly("41");
    assertThat(AGGLOPOLYS.territory().regions()).containsExactly(Region.CENTRE_VAL_DE_LOIRE);
  }

  @Test
  void agglopolys_has_5_axes_the_fifth_unnumbered_and_transversal() {
    List<Axis> axes = AGGLOPOLYS.axes();
    assertThat(axes).extracting(Axis::id)
        .containsExactly("axe-1", "axe-2", "axe-3", "axe-4", "axe-t");
    assertThat(axes).extracting(axis -> axis.number().orElse(null))
        .containsExactly("1", "2", "3", "4", null);
    assertThat(axes).extracting(axis -> axis.label().orElse(null))
        .containsExactly("AXE 1", "AXE 2", "AXE 3", "AXE 4", "EN TRANSVERSALITE");
    assertThat(axes).extracting(Axis::title).containsExactly(
        "VIEILLIR EN BONNE SANTE",
        "FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE",
        "AGIR SUR LES DETERMINANTS DE SANTE DE LA POPULATION",
        "FACILITER UN ACCES AUX SOINS AU PLUS PRES DES HABITANTS",
        "COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS");
    // Only the fifth axis is said to be transversal; of the others the page says nothing.
    assertThat(axes).extracting(Axis::transversal)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));
    assertThat(AGGLOPOLYS.announcedAxisCount()).hasValue(5);
  }

  @Test
  void agglopolys_has_19_sheets_numbered_1_to_19_in_order() {
    List<ActionSheet> sheets = AGGLOPOLYS.allActionSheets();
    assertThat(sheets).extracting(sheet -> sheet.number().orElseThrow())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 19).mapToObj(Integer::toString).collect(Collectors.toList()));
    assertThat(sheets).extracting(ActionSheet::id)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 19).mapToObj(n -> "fa-" + n).collect(Collectors.toList()));
    assertThat(AGGLOPOLYS.sheetNumbering()).contains(SheetNumbering.CONTRACT_WIDE);
    assertThat(AGGLOPOLYS.announcedActionSheetCount()).hasValue(19);
    assertThat(AGGLOPOLYS.actionSheets()).isEmpty();
  }

  @Test
  void agglopolys_axes_hold_3_4_5_5_and_2_sheets() {
    assertThat(AGGLOPOLYS.axes()).extracting(axis -> axis.allActionSheets().size())
        .containsExactly(3, 4, 5, 5, 2);
    assertThat(AGGLOPOLYS.axes().get(4).actionSheets())
        .extracting(sheet -> sheet.number().orElseThrow())
        .containsExactly("18", "19");
  }

  @Test
  void agglopolys_sheet_titles_are_exactly_as_written() {
    assertThat(sheet(1).title()).isEqualTo("Promouvoir l’aide au répit des aidants");
    assertThat(sheet(3).title())
        .isEqualTo("Impulser une dynamique autour du service civique solidarité senior");
    assertThat(sheet(4).title()).isEqualTo("Favoriser le maintien dans la cité des personnes en "
        + "souffrance psychique à l’échelle intercommunale en lien avec le Dispositif d’Appui à la "
        + "Coordination (DAC)");
    assertThat(sheet(5).title()).isEqualTo(
        "Sensibiliser le grand public à la santé mentale par la mise en place d’actions "
            + "spécifiques");
    assertThat(sheet(9).title()).isEqualTo("Développer les mobilités pour une bonne santé");
    assertThat(sheet(13).title()).isEqualTo("Favoriser l’accès au logement des étudiants en santé "
        + "et des jeunes travailleurs et encourager le développement de l’offre de formation en "
        + "santé sur le territoire d’Agglopolys");
    assertThat(sheet(15).title()).isEqualTo("Créer une boîte à outils en ingénierie de projet à "
        + "destination des communes et des professionnels de santé");
    assertThat(sheet(17).title())
        .isEqualTo("Accompagner les usagers dans l’accès aux droits en santé (numérique, …)");
    assertThat(sheet(18).title()).isEqualTo("Garantir l’articulation entre le Contrat Local de "
        + "Santé (CLS), le Plan Climat Air Énergie Territorial (PCAET), le Plan Local d’Urbanisme "
        + "Intercommunal Habitat et Déplacements (PLUi-HD) et le Projet Social de Territoire "
        + "(PST)");
    assertThat(sheet(19).title())
        .isEqualTo("Promouvoir l’interconnaissance des acteurs locaux et des dispositifs");
  }

  @Test
  void agglopolys_titles_use_the_typographic_apostrophe_only() {
    assertThat(AGGLOPOLYS.allActionSheets()).extracting(ActionSheet::title)
        .allSatisfy(title -> assertThat(title).doesNotContain("'"));
    assertThat(sheet(1).title().chars())
        .contains(RIGHT_SINGLE_QUOTATION_MARK)
        .doesNotContain((int) '\'');
  }

  @Test
  void agglopolys_sheet_pilot_counts_match_the_page() {
    assertThat(AGGLOPOLYS.allActionSheets()).extracting(sheet -> sheet.pilots().size())
        .containsExactly(1, 2, 1, 3, 2, 2, 2, 2, 1, 1, 2, 2, 3, 1, 2, 1, 1, 1, 1);
  }

  @Test
  void agglopolys_sheet_1_is_piloted_by_the_cias_under_its_full_name() {
    PartyRef pilot = sheet(1).pilots().get(0);
    assertThat(pilot.partyId()).isEqualTo("cias-du-blaisois");
    assertThat(pilot.asWritten()).isEmpty();
    assertThat(party(pilot).name()).isEqualTo("Centre Intercommunal d’Action Sociale du Blaisois");
    assertThat(party(pilot).kind()).hasValue(PartyKind.CCAS_CIAS);
  }

  @Test
  void agglopolys_sheet_2_has_the_two_pilots_the_page_names() {
    List<PartyRef> pilots = sheet(2).pilots();
    assertThat(pilots).extracting(PartyRef::partyId)
        .containsExactly("ville-de-blois", "cias-du-blaisois");

    assertThat(party(pilots.get(0)).name()).isEqualTo("Ville de Blois");
    assertThat(pilots.get(0).unit()).hasValue("service des sports");
    assertThat(pilots.get(0).asWritten()).hasValue("Ville de Blois (service des sports)");

    assertThat(party(pilots.get(1)).name()).isEqualTo("Centre Intercommunal d’Action Sociale du "
        + "Blaisois");
    assertThat(pilots.get(1).unit()).isEmpty();
    assertThat(pilots.get(1).asWritten()).hasValue("Centre intercommunal d’action sociale du "
        + "Blaisois");
    assertThat(party(pilots.get(1)).otherNames())
        .contains("Centre intercommunal d’action sociale du Blaisois");
  }

  @Test
  void agglopolys_sheet_4_has_three_pilots_despite_the_missing_comma() {
    List<PartyRef> pilots = sheet(4).pilots();
    assertThat(pilots).extracting(PartyRef::partyId)
        .containsExactly("sante-escale-41", "agglopolys", "ville-de-blois");
    assertThat(pilots).extracting(pilot -> party(pilot).name())
        .containsExactly("Santé Escale 41", "Agglopolys", "Ville de Blois");
    assertThat(pilots.get(0).unit()).isEmpty();
    assertThat(pilots.get(1).unit()).isEmpty();
    assertThat(pilots.get(2).unit()).hasValue("direction veille territoriale, solidarité");
    assertThat(pilots.get(2).asWritten())
        .hasValue("Ville de Blois (direction veille territoriale, solidarité)");
  }

  @Test
  void agglopolys_sheet_9_is_piloted_by_the_mobility_directorate() {
    PartyRef pilot = sheet(9).pilots().get(0);
    assertThat(pilot.partyId()).isEqualTo("agglopolys");
    assertThat(pilot.unit()).hasValue("direction des mobilités");
    assertThat(pilot.asWritten()).hasValue("Agglopolys (direction des mobilités)");
  }

  @Test
  void agglopolys_sheet_10_keeps_the_ascii_apostrophe_and_sheet_11_the_typographic_one() {
    PartyRef sheet10 = sheet(10).pilots().get(0);
    assertThat(sheet10.partyId()).isEqualTo("cpam-41");
    assertThat(sheet10.asWritten()).hasValue("Caisse Primaire de l'Assurance Maladie 41");
    assertThat(sheet10.asWritten().orElseThrow().chars())
        .contains((int) '\'')
        .doesNotContain(RIGHT_SINGLE_QUOTATION_MARK);

    List<PartyRef> sheet11 = sheet(11).pilots();
    assertThat(sheet11).extracting(PartyRef::partyId).containsExactly("cpam-41", "agglopolys");
    assertThat(sheet11.get(0).asWritten()).isEmpty();
    assertThat(party(sheet11.get(0)).name())
        .isEqualTo("Caisse Primaire de l’Assurance Maladie 41")
        .contains("’")
        .doesNotContain("'");
    assertThat(party(sheet11.get(0)).name().chars()).contains(RIGHT_SINGLE_QUOTATION_MARK);

    PartyRef sheet17 = sheet(17).pilots().get(0);
    assertThat(sheet17.partyId()).isEqualTo("cpam-41");
    assertThat(sheet17.asWritten()).hasValue("Caisse Primaire de l'Assurance Maladie 41");

    Party cpam = AGGLOPOLYS.party("cpam-41").orElseThrow();
    assertThat(cpam.kind()).hasValue(PartyKind.CPAM);
    assertThat(cpam.departement()).hasValue("41");
    assertThat(cpam.otherNames()).containsExactly("Caisse Primaire de l'Assurance Maladie 41");
  }

  @Test
  void agglopolys_sheets_6_and_12_write_the_ars_without_hyphens() {
    assertThat(sheet(6).pilots()).extracting(PartyRef::partyId)
        .containsExactly("coordonnateur-ptsm", "ars-centre-val-de-loire");
    assertThat(sheet(6).pilots().get(1).asWritten()).hasValue("ARS Centre Val de Loire");
    assertThat(sheet(12).pilots()).extracting(PartyRef::partyId)
        .containsExactly("oppelia", "ars-centre-val-de-loire");
    assertThat(sheet(12).pilots().get(1).asWritten()).hasValue("ARS Centre Val de Loire");

    Party ars = AGGLOPOLYS.party("ars-centre-val-de-loire").orElseThrow();
    assertThat(ars.name()).isEqualTo("Agence Régionale de Santé Centre-Val de Loire");
    assertThat(ars.kind()).hasValue(PartyKind.ARS);
    assertThat(ars.otherNames())
        .containsExactly("ARS Centre-Val de Loire", "ARS Centre Val de Loire");
  }

  @Test
  void agglopolys_sheet_12_writes_oppelia_with_a_singular_soin() {
    assertThat(sheet(7).pilots().get(0).partyId()).isEqualTo("oppelia");
    assertThat(sheet(7).pilots().get(0).asWritten()).isEmpty();
    assertThat(sheet(12).pilots().get(0).asWritten()).hasValue("Oppelia / Vers un Réseau de Soin");
    Party oppelia = AGGLOPOLYS.party("oppelia").orElseThrow();
    assertThat(oppelia.name()).isEqualTo("Oppelia / Vers un Réseau de Soins");
    assertThat(oppelia.otherNames()).containsExactly("Oppelia / Vers un Réseau de Soin");
  }

  @Test
  void agglopolys_sheet_13_calls_the_cias_by_its_acronym() {
    List<PartyRef> pilots = sheet(13).pilots();
    assertThat(pilots).extracting(PartyRef::partyId)
        .containsExactly("agglopolys", "cias-du-blaisois", "ch-simone-veil-blois");
    assertThat(pilots.get(1).asWritten()).hasValue("CIAS du Blaisois");
    assertThat(party(pilots.get(2)).name()).isEqualTo("Centre Hospitalier Simone Veil de Blois");
    assertThat(party(pilots.get(2)).otherNames()).containsExactly("Centre Hospitalier de Blois "
        + "Simone Veil");
  }

  @Test
  void agglopolys_pilots_are_13_distinct_organisations_one_to_three_per_sheet() {
    Set<String> pilotIds = AGGLOPOLYS.allActionSheets().stream()
        .flatMap(sheet -> sheet.pilots().stream())
        .map(PartyRef::partyId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(pilotIds).containsExactly("cias-du-blaisois", "ville-de-blois", "agglopolys",
        "sante-escale-41", "unafam", "gem-amila", "coordonnateur-ptsm", "ars-centre-val-de-loire",
        "oppelia", "pays-des-chateaux", "cpam-41", "ch-simone-veil-blois", "cpts-la-salamandre");
    assertThat(AGGLOPOLYS.allActionSheets())
        .allSatisfy(sheet -> assertThat(sheet.pilots()).hasSizeBetween(1, 3));
  }

  @Test
  void agglopolys_ptsm_coordinator_is_a_role() {
    Party coordinator = AGGLOPOLYS.party("coordonnateur-ptsm").orElseThrow();
    assertThat(coordinator.name()).isEqualTo("Coordonnateur Projet Territorial de Santé Mentale");
    assertThat(coordinator.kind()).hasValue(PartyKind.ROLE);
  }

  @Test
  void agglopolys_sheet_5_and_8_pilots_keep_their_full_names() {
    assertThat(sheet(5).pilots()).extracting(pilot -> party(pilot).name()).containsExactly(
        "Union Nationale de Familles et Amis de personnes Malades et/ou handicapées psychiques",
        "Groupement d’Entraide Mutuelle AMILA");
    assertThat(sheet(8).pilots()).extracting(pilot -> party(pilot).name())
        .containsExactly("Pays des Châteaux", "Santé Escale 41");
    assertThat(sheet(14).pilots()).extracting(pilot -> party(pilot).name())
        .containsExactly("CPTS La Salamandre");
  }

  @Test
  void agglopolys_declares_the_13_pilots_and_the_3_other_partners_of_the_elaboration() {
    assertThat(AGGLOPOLYS.parties()).hasSize(16);
    assertThat(AGGLOPOLYS.party("etat").orElseThrow().name()).isEqualTo("Etat");
    assertThat(AGGLOPOLYS.party("region-centre-val-de-loire").orElseThrow().name())
        .isEqualTo("Région Centre-Val de Loire");
    assertThat(AGGLOPOLYS.party("departement-loir-et-cher").orElseThrow().name())
        .isEqualTo("Département de Loir-et-Cher");
    assertThat(AGGLOPOLYS.party("cpts-la-salamandre").orElseThrow().otherNames())
        .containsExactly("Communauté Professionnelle Territoriale de Santé (CPTS) La Salamandre");
  }

  @Test
  void agglopolys_is_an_intercommunality_whose_kind_the_page_does_not_name() {
    Party agglopolys = AGGLOPOLYS.party("agglopolys").orElseThrow();
    assertThat(agglopolys.kind()).hasValue(PartyKind.EPCI);
    assertThat(agglopolys.effectiveCategory()).hasValue(PartyCategory.LOCAL_AUTHORITY);
    assertThat(AGGLOPOLYS.territory().kind()).isEmpty();
  }

  @Test
  void agglopolys_is_carried_and_signed_by_agglopolys() {
    assertThat(AGGLOPOLYS.carriers()).extracting(carrier -> carrier.party().partyId())
        .containsExactly("agglopolys");
    assertThat(AGGLOPOLYS.signatories()).extracting(signatory -> signatory.party().partyId())
        .containsExactly("agglopolys", "ars-centre-val-de-loire");
    // « la signature de la convention entre Agglopolys et tous ses partenaires »: the other
    // partners who sign are not named.
    assertThat(AGGLOPOLYS.signatoriesComplete()).hasValue(false);
    // The page names the signatories without saying who is principal or associated.
    assertThat(AGGLOPOLYS.signatories()).extracting(Signatory::role).containsOnly(Optional.empty());
    assertThat(AGGLOPOLYS.signatories())
        .allSatisfy(signatory -> assertThat(signatory.signatureDate()).isEmpty());
  }

  @Test
  void agglopolys_coordinator_is_the_health_project_manager() {
    Coordinator coordinator = AGGLOPOLYS.coordinator().orElseThrow();
    assertThat(coordinator.name()).hasValue("Fanny SLUZALY");
    assertThat(coordinator.jobTitle()).hasValue("Chef de projet Santé");
    assertThat(coordinator.employer().orElseThrow().partyId()).isEqualTo("agglopolys");
    assertThat(coordinator.contact().orElseThrow().phones())
        .containsExactly("02 54 51 31 03", "07 85 66 31 31");
    assertThat(coordinator.contact().orElseThrow().emails()).isEmpty();
  }

  @Test
  void agglopolys_signature_was_made_official_at_the_annual_meeting() {
    assertThat(AGGLOPOLYS.governanceBodies()).hasSize(1);
    GovernanceBody meeting = AGGLOPOLYS.governanceBodies().get(0);
    assertThat(meeting.kind()).isEqualTo(GovernanceBodyKind.ANNUAL_MEETING);
    assertThat(meeting.name()).hasValue("rencontre annuelle");
    assertThat(meeting.description()).hasValue("La première rencontre annuelle du 25 janvier qui "
        + "officialise la signature de la convention entre Agglopolys et tous ses partenaires est "
        + "aussi l’occasion de faire une présentation complète du contenu du CLS aux acteurs de la "
        + "santé et de favoriser l’interconnaissance des professionnels.");
    assertThat(AGGLOPOLYS.milestones()).extracting(Milestone::date)
        .containsExactly(Optional.of(PartialDate.ofMonth(2022, 3)), Optional.empty());
  }

  @Test
  void agglopolys_is_the_health_part_of_the_social_project_of_territory() {
    assertThat(AGGLOPOLYS.linkedSchemes()).hasSize(1);
    SchemeLink pst = AGGLOPOLYS.linkedSchemes().get(0);
    assertThat(pst.kind()).isEqualTo(SchemeKind.PST);
    assertThat(pst.party().orElseThrow().partyId()).isEqualTo("cias-du-blaisois");
    assertThat(pst.description()).hasValue("Le nouveau CLS est le volet santé du Projet Social de "
        + "Territoire d’Agglopolys, porté par le Centre Intercommunal d’Action Sociale du "
        + "Blaisois.");
  }

  @Test
  void agglopolys_sheets_link_the_schemes_their_titles_name() {
    assertThat(schemeKinds(sheet(4))).containsExactly(SchemeKind.DAC);
    assertThat(schemeKinds(sheet(6))).containsExactly(SchemeKind.CTSM, SchemeKind.PTSM);
    assertThat(schemeKinds(sheet(11))).containsExactly(SchemeKind.NATIONAL_SCREENING_CAMPAIGN);
    assertThat(schemeKinds(sheet(18)))
        .containsExactly(SchemeKind.PCAET, SchemeKind.PLUI_HD, SchemeKind.PST);
    long sheetsWithLinks = AGGLOPOLYS.allActionSheets().stream()
        .filter(sheet -> !sheet.linkedSchemes().isEmpty())
        .count();
    assertThat(sheetsWithLinks).isEqualTo(4);
  }

  // --- Villes Sœurs ----------------------------------------------------------------------------

  @Test
  void villes_soeurs_territory_straddles_normandie_and_hauts_de_france() {
    assertThat(VILLES_SOEURS.territory().name()).hasValue("Communauté de communes des Villes "
        + "sœurs");
    assertThat(VILLES_SOEURS.territory().kind()).hasValue(TerritoryKind.COMMUNAUTE_DE_COMMUNES);
    assertThat(VILLES_SOEURS.territory().regions())
        .containsExactly(Region.NORMANDIE, Region.HAUTS_DE_FRANCE);
    assertThat(VILLES_SOEURS.territory().departements()).containsExactly("76", "80");
    assertThat(VILLES_SOEURS.territory().communes())
        .extracting(commune -> commune.name().orElseThrow())
        .containsExactly("Eu", "le Tréport", "Mers les bains");
    assertThat(VILLES_SOEURS.territory().communes()).extracting(Commune::inseeCode)
        .allSatisfy(code -> assertThat(code).isEmpty());
    assertThat(VILLES_SOEURS.territory().description())
        .hasValue("située à cheval sur la région Normandie et Haut de France");
  }

  @Test
  void villes_soeurs_was_signed_on_8_december_2017_for_2018_to_2020() {
    assertThat(VILLES_SOEURS.status()).contains(ContractStatus.SIGNED);
    assertThat(VILLES_SOEURS.signatureDate()).hasValue(PartialDate.of(2017, 12, 8));
    assertThat(VILLES_SOEURS.signatureDate().orElseThrow().precision())
        .isEqualTo(PartialDate.Precision.DAY);
    assertThat(VILLES_SOEURS.signatureDateAsWritten()).hasValue("Le 8 décembre 2017");
    assertThat(VILLES_SOEURS.kind()).hasValue(ContractKind.PLURIANNUAL);
    Period period = VILLES_SOEURS.period().orElseThrow();
    assertThat(period.start()).hasValue(PartialDate.ofYear(2018));
    assertThat(period.end()).hasValue(PartialDate.ofYear(2020));
    assertThat(period.durationMonths()).hasValue(36);
    assertThat(period.asWritten()).hasValue("2018-2020");
    assertThat(VILLES_SOEURS.signatories()).extracting(signatory -> signatory.party().partyId())
        .containsExactly("cc-villes-soeurs", "ars-normandie");
    assertThat(VILLES_SOEURS.signatories()).extracting(Signatory::role).containsOnly(Optional.empty());
    assertThat(VILLES_SOEURS.signatoriesComplete()).isEmpty();
    assertThat(VILLES_SOEURS.party("ars-normandie").orElseThrow().name())
        .isEqualTo("Agence régionale de santé de Normandie");
    assertThat(VILLES_SOEURS.party("cc-villes-soeurs").orElseThrow().otherNames())
        .containsExactly("CC des Villes sœurs");
  }

  @Test
  void villes_soeurs_has_6_numbered_axes_with_exact_titles_and_no_sheets() {
    assertThat(VILLES_SOEURS.axes()).extracting(axis -> axis.number().orElseThrow())
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(VILLES_SOEURS.axes()).extracting(Axis::title).containsExactly(
        "Améliorer l’accès aux droits",
        "Améliorer l’accès aux soins",
        "Favoriser les actions de prévention et promotion en santé pour lutter contre le cancer",
        "Améliorer la prise en charge des personnes ayant des pratiques addictives",
        "Améliorer le parcours de vie et de santé des personnes âgées",
        "Renforcer l’intégration des personnes en situation de handicap");
    assertThat(VILLES_SOEURS.axes()).allSatisfy(axis -> {
      assertThat(axis.label()).isEmpty();
      assertThat(axis.transversal()).isEmpty();
    });
    assertThat(VILLES_SOEURS.announcedAxisCount()).hasValue(6);
    assertThat(VILLES_SOEURS.announcedActionSheetCount()).isEmpty();
    // « 6 axes stratégiques assortis d’un programme d’actions », none listed on the page.
    assertThat(VILLES_SOEURS.actionSheetsComplete()).hasValue(false);
  }

  @Test
  void villes_soeurs_coordinator_is_being_recruited_and_cofunded() {
    Coordinator coordinator = VILLES_SOEURS.coordinator().orElseThrow();
    assertThat(coordinator.name()).isEmpty();
    assertThat(coordinator.jobTitle()).hasValue("coordonnateur Santé");
    assertThat(coordinator.fundedBy()).extracting(PartyRef::partyId)
        .containsExactly("ars-normandie", "cc-villes-soeurs");
    assertThat(coordinator.note()).hasValue("en cours de recrutement");
    assertThat(coordinator.employer()).isEmpty();
  }

  @Test
  void villes_soeurs_priorities_and_objectives_are_verbatim() {
    assertThat(VILLES_SOEURS.priorities())
        .containsExactly("les inégalités de santé", "le vieillissement de la population");
    assertThat(VILLES_SOEURS.generalObjectives()).containsExactly(
        "réduire les inégalités sociales et territoriales de santé",
        "anticiper et accompagner le vieillissement de la population");
  }

  @Test
  void villes_soeurs_plans_an_amendment_for_the_second_generation_prs() {
    assertThat(VILLES_SOEURS.prs().orElseThrow().generation()).hasValue(2);
    assertThat(VILLES_SOEURS.amendments()).hasSize(1);
    assertThat(VILLES_SOEURS.amendments().get(0).planned()).contains(true);
    assertThat(VILLES_SOEURS.amendments().get(0).signatureDate()).isEmpty();
    assertThat(VILLES_SOEURS.amendments().get(0).object()).hasValue("Le Contrat Local de Santé, "
        + "outil de déploiement de la politique de santé, sera enrichi dès 2018 afin de prendre en "
        + "compte le Projet régional de santé (PRS) de 2ème génération.");
  }

  @Test
  void villes_soeurs_milestones_are_the_seminar_the_opinion_and_the_first_copil() {
    List<Milestone> milestones = VILLES_SOEURS.milestones();
    assertThat(milestones).hasSize(3);
    assertThat(milestones.get(0).date()).hasValue(PartialDate.of(2017, 3, 3));
    assertThat(milestones.get(0).description()).isEqualTo("Un séminaire de travail, organisé le 03 "
        + "mars 2017, a permis de réunir toutes ces contributions au sein d’un contrat.");
    assertThat(milestones.get(1).date()).isEmpty();
    assertThat(milestones.get(1).description())
        .isEqualTo("avis favorable unanime du Conseil territorial de santé du territoire de "
            + "Dieppe");
    assertThat(milestones.get(2).date()).hasValue(PartialDate.ofYear(2018));
  }

  @Test
  void villes_soeurs_steering_committee_launches_the_deployment() {
    assertThat(VILLES_SOEURS.governanceBodies()).hasSize(1);
    GovernanceBody copil = VILLES_SOEURS.governanceBodies().get(0);
    assertThat(copil.kind()).isEqualTo(GovernanceBodyKind.STEERING_COMMITTEE);
    assertThat(copil.description()).hasValue("Début 2018, le premier comité de pilotage réunissant "
        + "les principaux partenaires lancera le déploiement du CLS.");
  }

  // --- Le Havre --------------------------------------------------------------------------------

  @Test
  void le_havre_is_in_preparation_with_3_axes_and_no_sheets() {
    assertThat(LE_HAVRE.status()).contains(ContractStatus.IN_PREPARATION);
    assertThat(LE_HAVRE.kind()).hasValue(ContractKind.PLURIANNUAL);
    assertThat(LE_HAVRE.signatureDate()).isEmpty();
    assertThat(LE_HAVRE.signatureDateAsWritten()).isEmpty();
    assertThat(LE_HAVRE.signatories()).isEmpty();
    assertThat(LE_HAVRE.axes()).extracting(Axis::title).containsExactly(
        "Accès à la santé pour tous",
        "Comportements favorables à la santé",
        "Environnement et cadre de vie");
    assertThat(LE_HAVRE.axes()).allSatisfy(axis -> assertThat(axis.actionSheets()).isEmpty());
    assertThat(LE_HAVRE.announcedAxisCount()).hasValue(3);
    assertThat(LE_HAVRE.announcedActionSheetCount()).isEmpty();
    // The actions are still to be designed by the working groups: no list to be incomplete.
    assertThat(LE_HAVRE.actionSheetsComplete()).isEmpty();
    assertThat(LE_HAVRE.territory().name()).hasValue("Le Havre Seine Métropole");
    assertThat(LE_HAVRE.territory().kind()).hasValue(TerritoryKind.COMMUNAUTE_URBAINE);
    assertThat(LE_HAVRE.territory().departements()).containsExactly("76");
  }

  @Test
  void le_havre_diagnostic_findings_are_verbatim() {
    Diagnostic diagnostic = LE_HAVRE.diagnostic().orElseThrow();
    assertThat(diagnostic.findings()).containsExactly(
        "différentiel de mortalité par cancer de +22% pour les hommes et +10% pour les femmes sur "
            + "le territoire",
        "surmortalité significative pour le cancer du poumon, des voies aérodigestives supérieures "
            + "et la prostate");
    assertThat(diagnostic.methods()).hasSize(1);
    assertThat(diagnostic.methods().get(0)).startsWith("3 ateliers ");
    assertThat(diagnostic.producer()).isEmpty();
  }

  @Test
  void le_havre_period_is_only_a_duration_and_the_signature_is_planned_for_2021() {
    Period period = LE_HAVRE.period().orElseThrow();
    assertThat(period.start()).isEmpty();
    assertThat(period.end()).isEmpty();
    assertThat(period.durationMonths()).hasValue(36);
    assertThat(period.asWritten()).hasValue("un déploiement des actions sur 3 ans");
    assertThat(LE_HAVRE.milestones()).hasSize(1);
    assertThat(LE_HAVRE.milestones().get(0).date()).hasValue(PartialDate.ofYear(2021));
    assertThat(LE_HAVRE.milestones().get(0).description()).isEqualTo("La signature du CLS devrait "
        + "avoir lieu début d’année 2021 avec l’ARS et l’ensemble des partenaires");
    assertThat(LE_HAVRE.generalObjectives())
        .containsExactly("réduire les inégalités sociales et territoriales de santé");
  }

  @Test
  void le_havre_copil_gathers_the_ars_cpam_region_departement_and_communaute_urbaine() {
    GovernanceBody copil = LE_HAVRE.governanceBodies().get(0);
    assertThat(copil.kind()).isEqualTo(GovernanceBodyKind.STEERING_COMMITTEE);
    assertThat(copil.members()).extracting(member -> party(LE_HAVRE, member).name())
        .containsExactly("ARS", "CPAM", "Région", "département",
            "Communauté Urbaine Le Havre Seine Métropole");
    assertThat(copil.members().get(4).unit()).hasValue("direction générale");
    assertThat(copil.description()).hasValue("Un COPIL réunissant l’ARS, La CPAM, la Région, le "
        + "département, la direction générale de la communauté urbaine et l’élu communautaire en "
        + "charge des questions de santé ont permis de valider les axes de travail dégagés lors "
        + "des ateliers.");
    assertThat(LE_HAVRE.governanceBodies()).extracting(GovernanceBody::kind)
        .containsExactly(GovernanceBodyKind.STEERING_COMMITTEE, GovernanceBodyKind.WORKING_GROUP);
  }

  @Test
  void le_havre_coordinator_is_the_unnamed_cls_coordinator_of_the_communaute_urbaine() {
    Coordinator coordinator = LE_HAVRE.coordinator().orElseThrow();
    assertThat(coordinator.name()).isEmpty();
    assertThat(coordinator.jobTitle()).hasValue("coordinateur CLS");
    assertThat(coordinator.employer().orElseThrow().partyId())
        .isEqualTo("le-havre-seine-metropole");
  }

  // --- Chartres --------------------------------------------------------------------------------

  @Test
  void chartres_was_signed_on_17_february_2020() {
    assertThat(CHARTRES.status()).contains(ContractStatus.SIGNED);
    assertThat(CHARTRES.signatureDate()).hasValue(PartialDate.of(2020, 2, 17));
    assertThat(CHARTRES.signatureDateAsWritten()).hasValue("le 17 février 2020");
    // « une stratégie locale de santé sur plusieurs années »: several years, no dates.
    assertThat(CHARTRES.kind()).hasValue(ContractKind.PLURIANNUAL);
    assertThat(CHARTRES.period()).isEmpty();
  }

  @Test
  void chartres_has_4_axes_and_announces_56_sheets_none_listed() {
    assertThat(CHARTRES.axes()).extracting(Axis::title).containsExactly(
        "Promotion, prévention et santé-environnement",
        "Offre de soins et accès aux droits",
        "Autonomie pour tous",
        "Information-coordination");
    assertThat(CHARTRES.announcedAxisCount()).hasValue(4);
    assertThat(CHARTRES.announcedActionSheetCount()).hasValue(56);
    assertThat(CHARTRES.announcedActionSheetCountAtLeast()).isEmpty();
    assertThat(CHARTRES.allActionSheets()).isEmpty();
    assertThat(CHARTRES.actionSheetsComplete()).hasValue(false);
    // The page does not say the sheets are in an annex.
    assertThat(CHARTRES.actionSheetsAnnexed()).isEmpty();
  }

  @Test
  void chartres_is_carried_jointly_by_the_ars_and_chartres_metropole() {
    assertThat(CHARTRES.carriers()).extracting(carrier -> party(CHARTRES, carrier.party()).name())
        .containsExactly("Agence régionale de santé", "Chartres métropole");
    // « Le CLS a été signé le 17 février 2020. »: by whom is not said.
    assertThat(CHARTRES.signatories()).isEmpty();
    assertThat(CHARTRES.signatoriesComplete()).hasValue(false);
  }

  @Test
  void chartres_has_three_governance_bodies() {
    assertThat(CHARTRES.governanceBodies()).extracting(GovernanceBody::kind).containsExactly(
        GovernanceBodyKind.STEERING_COMMITTEE,
        GovernanceBodyKind.TECHNICAL_COMMITTEE,
        GovernanceBodyKind.WORKING_GROUP);
    assertThat(CHARTRES.governanceBodies()).extracting(body -> body.description().orElseThrow())
        .containsExactly(
            "un comité de pilotage qui regroupe l'ensemble des acteurs sur le territoire de "
                + "Chartres métropole sur les thématiques de la santé",
            "un comité technique en charge de la mise en œuvre du plan d'actions",
            "des groupes de travail thématiques constitués en fonction des quatre axes retenus");
  }

  @Test
  void chartres_diagnostic_is_by_the_ors_quantitative_and_qualitative() {
    Diagnostic diagnostic = CHARTRES.diagnostic().orElseThrow();
    Party ors = party(CHARTRES, diagnostic.producer().orElseThrow());
    assertThat(ors.kind()).hasValue(PartyKind.ORS);
    assertThat(ors.name()).isEqualTo("Observatoire régional de santé (ORS) Centre-Val de Loire");
    assertThat(diagnostic.quantitative()).hasValue(true);
    assertThat(diagnostic.qualitative()).hasValue(true);
    assertThat(diagnostic.findings()).containsExactly(
        "un manque de certains professionnels de santé, particulièrement les médecins généralistes "
            + "et les spécialistes",
        "un vieillissement de la population",
        "l’éloignement de certains publics de l’accès aux soins",
        "une forte problématique de santé mentale");
  }

  @Test
  void chartres_coordinator_and_elected_referent_are_named() {
    Coordinator coordinator = CHARTRES.coordinator().orElseThrow();
    assertThat(coordinator.name()).hasValue("Loétitia Ronsin");
    assertThat(coordinator.jobTitle()).hasValue("coordonnatrice territoriale de santé");
    assertThat(CHARTRES.electedReferents()).hasSize(1);
    Person soulet = CHARTRES.electedReferents().get(0);
    assertThat(soulet.name()).hasValue("Dominique Soulet");
    assertThat(soulet.function()).hasValue("conseiller communautaire délégué aux relations avec "
        + "les établissements de santé et pilote du Contrat local de santé");
    assertThat(soulet.organisation().orElseThrow().partyId()).isEqualTo("chartres-metropole");
  }

  @Test
  void chartres_partners_are_declared_parties() {
    assertThat(CHARTRES.parties()).extracting(Party::name).contains(
        "Département", "Éducation nationale", "Caisse primaire d’assurance maladie",
        "Hôpitaux de Chartres", "Centre hospitalier Henry-Ey");
    assertThat(CHARTRES.prs().orElseThrow().title()).hasValue("Programme régional de santé");
  }

  // --- Lens-Liévin -----------------------------------------------------------------------------

  @Test
  void lens_lievin_was_signed_in_september_2019_to_the_month() {
    PartialDate signed = LENS_LIEVIN.signatureDate().orElseThrow();
    assertThat(signed).isEqualTo(PartialDate.ofMonth(2019, 9));
    assertThat(signed.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(signed.toString()).isEqualTo("2019-09");
    assertThat(LENS_LIEVIN.status()).contains(ContractStatus.SIGNED);
    assertThat(LENS_LIEVIN.kind()).isEmpty();
    assertThat(LENS_LIEVIN.period()).isEmpty();
    assertThat(LENS_LIEVIN.territory().departements()).containsExactly("62");
    assertThat(LENS_LIEVIN.axes()).isEmpty();
  }

  @Test
  void lens_lievin_shares_its_steering_committee_with_the_contrat_de_ville() {
    assertThat(LENS_LIEVIN.governanceBodies()).hasSize(1);
    GovernanceBody copil = LENS_LIEVIN.governanceBodies().get(0);
    assertThat(copil.kind()).isEqualTo(GovernanceBodyKind.STEERING_COMMITTEE);
    assertThat(copil.sharedWith()).containsExactly(SchemeKind.CONTRAT_DE_VILLE, SchemeKind.ASV);
    assertThat(copil.description()).hasValue("La coordination du contrat local de santé est "
        + "rattachée aux services de la politique de la ville et les deux dispositifs font l’objet "
        + "d’un comité de pilotage commun.");
    assertThat(LENS_LIEVIN.coordinator().orElseThrow().service())
        .hasValue("services de la politique de la ville");
  }

  @Test
  void lens_lievin_names_six_signatories_among_others_without_their_roles() {
    List<Signatory> signatories = LENS_LIEVIN.signatories();
    assertThat(signatories).extracting(signatory -> signatory.party().partyId()).containsExactly(
        "call", "ars-hauts-de-france", "canssm", "ch-lens", "education-nationale",
        "cpts-signataire");
    // « rassemblant notamment, outre l’agglomération et l’agence régionale de santé, … »: neither
    // principal nor associated is said, and « notamment » says there are others.
    assertThat(signatories).extracting(Signatory::role).containsOnly(Optional.empty());
    assertThat(LENS_LIEVIN.signatoriesComplete()).hasValue(false);
    assertThat(LENS_LIEVIN.signatureDateAsWritten()).hasValue("septembre 2019");
    Party call = LENS_LIEVIN.party("call").orElseThrow();
    assertThat(call.name()).isEqualTo("communauté d’agglomération Lens-Liévin");
    assertThat(call.acronym()).hasValue("CALL");
    assertThat(signatories).extracting(signatory -> signatory.party().partyId())
        .doesNotContain("cpts-lievin-pays-d-artois");
  }

  @Test
  void lens_lievin_links_the_clsm_contrat_de_ville_asv_and_cpts() {
    assertThat(LENS_LIEVIN.linkedSchemes()).extracting(SchemeLink::kind).containsExactly(
        SchemeKind.CLSM, SchemeKind.CONTRAT_DE_VILLE, SchemeKind.ASV, SchemeKind.CPTS);
    assertThat(LENS_LIEVIN.linkedSchemes().get(0).description()).hasValue("La CALL est également "
        + "couverte par un conseil local de santé mentale (CLSM) porté à l’échelle de deux "
        + "agglomérations (la CALL et la communautés d’agglomération Hénin-Carvin - CAHC), créé en "
        + "2015.");
    SchemeLink cpts = LENS_LIEVIN.linkedSchemes().get(3);
    assertThat(cpts.name()).hasValue("CPTS Liévin Pays d’Artois");
    assertThat(party(LENS_LIEVIN, cpts.party().orElseThrow()).kind()).hasValue(PartyKind.CPTS);
  }

  // --- QuickStart ------------------------------------------------------------------------------

  @Test
  void summary_of_agglopolys_lists_its_axes_and_sheets() {
    assertThat(QuickStart.summary(AGGLOPOLYS)).isEqualTo(String.join("\n",
        "Agglopolys [cls-agglopolys-2022-2027]",
        "  Lead ARS: ARS Centre-Val de Loire",
        "  Status: Signé",
        "  Period: 2022–2027",
        "  - AXE 1: VIEILLIR EN BONNE SANTE (3 sheets)",
        "  - AXE 2: FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE (4 sheets)",
        "  - AXE 3: AGIR SUR LES DETERMINANTS DE SANTE DE LA POPULATION (5 sheets)",
        "  - AXE 4: FACILITER UN ACCES AUX SOINS AU PLUS PRES DES HABITANTS (5 sheets)",
        "  - EN TRANSVERSALITE: COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS (2 sheets)",
        "  Sheets: 19 listed / 19 announced",
        ""));
  }

  @Test
  void summary_of_chartres_uses_its_title_and_shows_the_sheets_announced_but_not_listed() {
    assertThat(QuickStart.summary(CHARTRES).split("\n")).containsExactly(
        "Contrat local de Santé de Chartres métropole [cls-chartres-metropole]",
        "  Lead ARS: ARS Centre-Val de Loire",
        "  Status: Signé",
        "  Period: not stated",
        "  Signed: 2020-02-17",
        "  - Promotion, prévention et santé-environnement (0 sheets)",
        "  - Offre de soins et accès aux droits (0 sheets)",
        "  - Autonomie pour tous (0 sheets)",
        "  - Information-coordination (0 sheets)",
        "  Sheets: 0 listed / 56 announced");
  }

  @Test
  void summary_of_le_havre_gives_the_period_as_written() {
    assertThat(QuickStart.summary(LE_HAVRE).split("\n")).startsWith(
        "Le Havre Seine Métropole [cls-le-havre-seine-metropole]",
        "  Lead ARS: ARS Normandie",
        "  Status: En élaboration",
        "  Period: « un déploiement des actions sur 3 ans »",
        "  - Accès à la santé pour tous (0 sheets)");
    assertThat(QuickStart.summary(LE_HAVRE)).endsWith("  Sheets: 0 listed / none announced\n");
  }

  @Test
  void summary_of_villes_soeurs_numbers_its_axes() {
    assertThat(QuickStart.summary(VILLES_SOEURS).split("\n"))
        .contains("  Signed: 2017-12-08", "  - Axis 1: Améliorer l’accès aux droits (0 sheets)");
  }

  @Test
  void main_prints_every_seed_under_its_key() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      assertThatCode(() -> QuickStart.main(new String[0])).doesNotThrowAnyException();
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("== agglopolys ==\n" + QuickStart.summary(AGGLOPOLYS));
    List<Integer> positions = new ArrayList<>();
    for (String key : SeedContracts.all().keySet()) {
      positions.add(printed.indexOf("== " + key + " =="));
    }
    assertThat(positions).doesNotContain(-1).isSorted();
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private static ActionSheet sheet(int number) {
    return AGGLOPOLYS.allActionSheets().stream()
        .filter(sheet -> sheet.number().orElseThrow().equals(Integer.toString(number)))
        .findFirst()
        .orElseThrow();
  }

  private static Party party(PartyRef ref) {
    return party(AGGLOPOLYS, ref);
  }

  private static Party party(Contract contract, PartyRef ref) {
    return contract.party(ref.partyId()).orElseThrow();
  }

  private static List<SchemeKind> schemeKinds(ActionSheet sheet) {
    return sheet.linkedSchemes().stream().map(SchemeLink::kind).collect(Collectors.toList());
  }

  /** Every party reference a seed contract holds, wherever it is. */
  private static List<PartyRef> partyRefs(Contract contract) {
    List<PartyRef> refs = new ArrayList<>();
    contract.carriers().forEach(carrier -> refs.add(carrier.party()));
    contract.signatories().forEach(signatory -> refs.add(signatory.party()));
    contract.coordinator().ifPresent(coordinator -> {
      coordinator.employer().ifPresent(refs::add);
      refs.addAll(coordinator.fundedBy());
    });
    contract.electedReferents().forEach(person -> person.organisation().ifPresent(refs::add));
    contract.governanceBodies().forEach(body -> {
      refs.addAll(body.members());
      refs.addAll(body.chairs());
    });
    contract.diagnostic().flatMap(Diagnostic::producer).ifPresent(refs::add);
    contract.linkedSchemes().forEach(link -> link.party().ifPresent(refs::add));
    for (ActionSheet sheet : contract.allActionSheets()) {
      refs.addAll(sheet.pilots());
      refs.addAll(sheet.partners());
      sheet.linkedSchemes().forEach(link -> link.party().ifPresent(refs::add));
    }
    return refs;
  }
}
