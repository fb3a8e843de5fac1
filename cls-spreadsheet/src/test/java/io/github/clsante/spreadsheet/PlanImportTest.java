package io.github.clsante.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Priority;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanImportTest {

  static final Path TET = Path.of("src/test/resources/tet");
  static final String PLAN = "Fichier dimport";

  static Contract contract(PlanImportResult result) {
    return result.contract().orElseThrow();
  }

  static String partyName(Contract contract, String id) {
    return contract.party(id).map(Party::name).orElseThrow();
  }

  private static List<String> codes(PlanImportResult result) {
    return result.report().findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void complex_plan_gives_29_fiches_under_their_axes_with_their_exact_titles() {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("complex_plan.xlsx"));
    Contract contract = contract(result);
    assertThat(contract.title()).contains("Contrat Local de Santé 2025-2030");
    assertThat(contract.allActionSheets()).hasSize(29);
    assertThat(contract.actionSheets()).isEmpty();
    assertThat(contract.axes()).extracting(Axis::id, a -> a.label().orElse(""), a -> a.number().orElse(""), Axis::title)
        .containsExactly(
            tuple("axe-1", "Axe", "1", "COORDINATION DU CLS - AXE TRANSVERSAL"),
            tuple("axe-2", "Axe", "2", "ACCES AUX SOINS"),
            tuple("axe-3", "Axe", "3", "PARCOURS DE SANTÉ"),
            tuple("axe-4", "Axe", "4", "SANTE ENVIRONNEMENT"),
            tuple("axe-5", "Axe", "5", "SANTE MENTALE"));
    // Fiche numbers and labels as printed, in row order.
    assertThat(contract.allActionSheets()).extracting(s -> s.number().orElse(""))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
            "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29");
    assertThat(contract.allActionSheets().get(0).label()).contains("Action");
    assertThat(contract.allActionSheets().get(1).label()).contains("Fiche Action");
    assertThat(contract.allActionSheets()).extracting(ActionSheet::id).startsWith("fa-1", "fa-2").endsWith("fa-29");
    assertThat(contract.allActionSheets().get(4).title())
        .isEqualTo("Accompagner et soutenir les CPTS (Communautés des professionnels de santé du territoire) ");
    assertThat(contract.allActionSheets().get(13).title()).isEqualTo("Expérimenter le dispositif « psy de rue »");
  }

  @Test
  void complex_plan_axis_paths_are_three_levels_with_the_levels_their_labels_name() {
    Contract contract = contract(PlanImport.standard().read(TET.resolve("complex_plan.xlsx")));
    Axis first = contract.axes().get(0);
    assertThat(first.objectives()).extracting(o -> o.level().orElseThrow(), o -> o.number().orElse(""), Objective::title)
        .containsExactly(
            tuple(ObjectiveLevel.STRATEGIC, "1", "Impulser une dynamique participative"),
            tuple(ObjectiveLevel.STRATEGIC, "2", "Garantir le dialogue et l'interconnaissance de chaque acteur du territoire"),
            tuple(ObjectiveLevel.STRATEGIC, "3", "Assurer l’évaluation du CLS"));
    Objective nested = first.objectives().get(0).objectives().get(0);
    assertThat(nested.title()).isEqualTo("Sous-Sous Axe");
    assertThat(nested.level()).contains(ObjectiveLevel.SUB_AXIS);
    assertThat(nested.number()).isEmpty();
    assertThat(nested.actionSheets()).extracting(ActionSheet::title)
        .containsExactly("Création d'un comité de suivi d'élus autour du CLS");
    assertThat(first.objectives().get(1).actionSheets()).extracting(ActionSheet::title)
        .containsExactly("Animer les Copil, les Cotech et les GT");
    // Axis 3 gives its objectives in column C with B empty: placed under the axis, reported once each.
    Axis third = contract.axes().get(2);
    assertThat(third.objectives()).extracting(Objective::title).containsExactly("Les publics précaires",
        "Le public jeune", "Maintien à domicile et accompagnement médico-social", "Prévention et Promotion de la Santé");
    assertThat(third.objectives().get(1).actionSheets()).extracting(s -> s.number().orElse("")).containsExactly("13", "14", "15");
  }

  @Test
  void complex_plan_first_fiche_in_full() {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("complex_plan.xlsx"));
    Contract contract = contract(result);
    ActionSheet fiche = contract.allActionSheets().get(0);
    assertThat(fiche.description()).contains("Il s’agit alors de permettre aux élus communautaires d’à la fois porter la "
        + "parole des habitants dans le cadre du CLS mais aussi de pouvoir suivre l’avancée des actions et de se tenir "
        + "informé de toute son actualité. ");
    assertThat(fiche.generalObjective()).contains("L’appropriation du Contrat Local de Santé par les élus");
    assertThat(fiche.specificObjectives()).containsExactly(
        "Désigner les élus à intégrer la commission de suivi du CLS (Maire de communes avec une dynamique Santé)",
        "Définir avec la Commission les règles de fonctionnement ", "Faciliter les actions du CLS");
    assertThat(fiche.operationalObjectives()).hasSize(5).startsWith("Sensibiliser les élus à la dynamique du CLS",
        "Interroger sur la place et les attendus du CLS auprès de chaque élu (sondage)");
    assertThat(fiche.pilots()).extracting(p -> partyName(contract, p.partyId())).containsExactly("Contrat Local de Santé");
    assertThat(fiche.partners()).extracting(p -> partyName(contract, p.partyId())).containsExactly("Giga partenaire");
    assertThat(fiche.pilotServices()).containsExactly("COM L1", "Contrat Local de Santé");
    assertThat(fiche.electedReferents()).extracting(p -> p.name().orElseThrow()).containsExactly("Emmanuelle Volte", "Arnault bis");
    assertThat(fiche.humanResources()).contains("Moyen humain très humain");
    assertThat(fiche.citizenParticipation().map(c -> c.level())).contains(ParticipationLevel.CO_CONSTRUCTION);
    assertThat(fiche.fundings()).extracting(f -> partyName(contract, f.financer().orElseThrow().partyId()),
        f -> f.amount().orElseThrow())
        .containsExactly(tuple("John Doe", EuroAmount.ofEuros(1000)), tuple("Bernard", EuroAmount.ofEuros(25_000)),
            tuple("François", EuroAmount.ofEuros(666)));
    assertThat(fiche.budget()).contains(EuroAmount.ofEuros(5_000_000));
    assertThat(fiche.status()).contains(SheetStatus.TO_COME);
    assertThat(fiche.priority()).contains(Priority.HIGH);
    assertThat(fiche.schedule().orElseThrow().start()).contains(PartialDate.of(2025, 12, 1));
    assertThat(fiche.schedule().orElseThrow().end()).contains(PartialDate.of(2030, 9, 1));
    assertThat(fiche.recurring()).contains(true);
    // G keeps its leading space: text as written.
    assertThat(fiche.extensions()).containsEntry("tet:instancesGouvernance", "\" Une instance de gouvernance\"")
        .containsEntry("tet:personnePilote", "\"Sophie AMOUROUS\"").containsEntry("tet:financements", "\"BPI\"");
    assertThat(result.cellOf("/axes/0/objectives/0/objectives/0/actionSheets/0/fundings/1/amount"))
        .contains(CellLocation.of(PLAN, 4, 21));
    assertThat(result.cellOf("/axes/0/objectives/0/objectives/0/actionSheets/0/fundings/1/financer"))
        .contains(CellLocation.of(PLAN, 4, 20));
    assertThat(result.cellOf("/axes/0/objectives/0/objectives/0/actionSheets/0/status")).contains(CellLocation.of(PLAN, 4, 25));
    assertThat(result.cellOf("/axes/0/objectives/0/objectives/0/actionSheets/0/targetPublics/0"))
        .contains(CellLocation.of(PLAN, 4, 4));
    assertThat(result.cellOf("/axes/1")).contains(CellLocation.of(PLAN, 7, 1));
  }

  @Test
  void complex_plan_twelfth_fiche_in_full_and_parties_declared_once() {
    Contract contract = contract(PlanImport.standard().read(TET.resolve("complex_plan.xlsx")));
    ActionSheet fiche = contract.allActionSheets().get(11);
    assertThat(fiche.title()).isEqualTo("Accompagner les personnes en situation de précarité dans leur accès au logement ");
    assertThat(fiche.label()).contains("Fiche Action");
    assertThat(fiche.generalObjective()).contains("Garantir un logement décent à toute personne");
    assertThat(fiche.specificObjectives()).containsExactly(
        "Sensibiliser les politiques publiques à la question du logement et de la précarité",
        "Impliquer les personnes concernées dans leur choix de logement, de vie");
    assertThat(fiche.operationalObjectives()).containsExactly("Informer sur les actions en cours sur le territoire ",
        "Soutenir et déployer les actions de l’association D-Base qui sont en cours de construction ");
    assertThat(fiche.pilots()).extracting(p -> partyName(contract, p.partyId()))
        .containsExactly("Contrat Local de Santé", "CCBDP", "Anaïs", "Intervalles");
    assertThat(fiche.pilotServices()).containsExactly("Contrat Local de Santé", "COM L1", "COM B");
    assertThat(fiche.extensions()).containsEntry("tet:personnePilote", "\"Pernette JULIAN, Mathilde COTA, Sophie AMOUROUS\"");
    assertThat(fiche.schedule().orElseThrow().start()).contains(PartialDate.of(2027, 1, 2));
    // AB15 is a bare serial number (47728), read as an Excel date.
    assertThat(fiche.schedule().orElseThrow().end()).contains(PartialDate.of(2030, 9, 2));
    assertThat(fiche.priority()).contains(Priority.MEDIUM);
    assertThat(fiche.fundings()).isEmpty();
    // Split outside parentheses: « Service Autonomie à Domicile (SAD) » is one name.
    assertThat(contract.allActionSheets().get(15).pilots()).extracting(p -> partyName(contract, p.partyId()))
        .containsExactly("Service Autonomie à Domicile (SAD)", "Contrat Local de Santé",
            "Pôle Sanitaire Médico-Social (PSMS) du Nyonsais/Baronnies", "Service de soins infirmiers à domicile (SSIAD)",
            "Aide à domicile en milieu rural (ADMR)");
    assertThat(contract.parties()).extracting(Party::name).doesNotHaveDuplicates().hasSize(15);
    assertThat(contract.parties()).extracting(Party::id).doesNotHaveDuplicates()
        .contains("p-contrat-local-de-sante", "p-service-autonomie-a-domicile-sad");
    // Statuses, priorities across the plan, « À discuter » exactly as the list writes it, and a fiche without status.
    assertThat(contract.allActionSheets().get(26).status()).contains(SheetStatus.TO_DISCUSS);
    assertThat(contract.allActionSheets().get(13).status()).isEmpty();
    assertThat(contract.allActionSheets().get(23).priority()).contains(Priority.LOW);
    assertThat(contract.allActionSheets().get(1).status()).contains(SheetStatus.IN_PROGRESS);
  }

  @Test
  void complex_plan_findings_without_a_header() {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("complex_plan.xlsx"));
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-SUB-AXIS-MISSING"))
        .extracting(f -> f.cell().orElseThrow().reference(), Finding::severity, Finding::pointer)
        .startsWith(tuple(PLAN + "!C13", Severity.INFO, "/axes/2/objectives/0"),
            tuple(PLAN + "!C16", Severity.INFO, "/axes/2/objectives/1"))
        .hasSize(10);
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE"))
        .extracting(Finding::pointer, f -> f.params().get("member"), Finding::severity, f -> f.cell().isPresent())
        .containsExactly(tuple("/id", "id", Severity.ERROR, false), tuple("/leadArs", "leadArs", Severity.ERROR, false),
            tuple("/territory", "territory", Severity.ERROR, false));
    assertThat(result.report().findings()).hasSize(13);
    assertThat(result.isValid()).isFalse();
    assertThat(FindingMessages.message(result.report().findingsWithCode("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE").get(1),
        Locale.FRENCH)).startsWith("Le plan ne donne pas l’ARS de rattachement, que le contrat exige");
    assertThat(FindingMessages.explanation("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE", Locale.FRENCH).orElseThrow())
        .contains("--header");
  }

  @Test
  void a_header_gives_the_contract_level_values_and_its_parties_are_referred_to_by_name() {
    Contract header = Contract.builder().id("cls-baronnies-2025").title("CLS des Baronnies en Drôme Provençale")
        .leadArs(Region.AUVERGNE_RHONE_ALPES).territory(Territory.builder().name("CC des Baronnies").build())
        .addParty(Party.builder().id("ccbdp").name("CCBDP").build())
        .build();
    PlanImportResult result = PlanImport.builder().header(header).build().read(TET.resolve("complex_plan.xlsx"));
    Contract contract = contract(result);
    assertThat(contract.id()).isEqualTo("cls-baronnies-2025");
    assertThat(contract.title()).contains("CLS des Baronnies en Drôme Provençale");
    assertThat(contract.leadArs()).isEqualTo(Region.AUVERGNE_RHONE_ALPES);
    assertThat(contract.parties().get(0).id()).isEqualTo("ccbdp");
    assertThat(contract.allActionSheets().get(11).pilots()).extracting(p -> p.partyId()).contains("ccbdp");
    assertThat(contract.parties()).extracting(Party::name).doesNotHaveDuplicates();
    assertThat(codes(result)).doesNotContain("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE");
    assertThat(result.isValid()).isTrue();
    // Values one by one override the header's.
    PlanImportResult overridden = PlanImport.builder().header(header).contractId("autre").leadArs(Region.BRETAGNE)
        .build().read(TET.resolve("complex_plan.xlsx"));
    assertThat(contract(overridden).id()).isEqualTo("autre");
    assertThat(contract(overridden).leadArs()).isEqualTo(Region.BRETAGNE);
  }

  @Test
  void validation_findings_are_placed_in_their_cells() {
    Contract header = Contract.builder().id("cls-baronnies-2025").leadArs(Region.AUVERGNE_RHONE_ALPES)
        .territory(Territory.builder().name("CC des Baronnies").build()).build();
    PlanImportResult result = PlanImport.builder().header(header).build().read(TET.resolve("complex_plan.xlsx"));
    ValidationReport report = ContractValidator.standard().validate(contract(result), result.report(), result::locate);
    List<Finding> rules = report.findings().stream().filter(f -> !f.code().startsWith("CLS-SPREADSHEET-"))
        .collect(Collectors.toList());
    assertThat(rules).isNotEmpty();
    assertThat(rules).allSatisfy(f -> assertThat(f.cell()).isPresent());
    // Fiche 3 has no pilot? No: every fiche has one; the fiche without indicator is reported on its row.
    assertThat(rules).filteredOn(f -> f.pointer().startsWith("/axes/0/objectives/1/actionSheets/0"))
        .allSatisfy(f -> assertThat(f.cell().orElseThrow().row()).isEqualTo(5));
  }

  @Test
  void plan_with_sub_actions_imports_them_under_their_fiche() throws Exception {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("plan_with_sous_actions_valid.xlsx"));
    Contract contract = contract(result);
    assertThat(contract.title()).contains("Plan avec sous-actions");
    assertThat(contract.axes()).extracting(Axis::title).containsExactly("Axe 1", "Axe 2");
    Axis first = contract.axes().get(0);
    assertThat(first.actionSheets()).extracting(ActionSheet::title).containsExactly("Action normale", "Action 1");
    assertThat(first.actionSheets().get(0).description()).contains("Description action normale");
    ActionSheet action1 = first.actionSheets().get(1);
    assertThat(action1.id()).isEqualTo("fa-2");
    assertThat(action1.subActions()).extracting(ActionSheet::id, ActionSheet::title, s -> s.description().orElse(""),
        s -> s.status().orElseThrow(), s -> s.schedule().orElseThrow().end().orElseThrow(),
        s -> s.extensions().get("tet:personnePilote"))
        .containsExactly(
            tuple("fa-2-1", "Sous-action 1.1", "Description sous-action 1.1", SheetStatus.IN_PROGRESS,
                PartialDate.of(2025, 12, 31), "\"Pilote SA1.1\""),
            tuple("fa-2-2", "Sous-action 1.2", "Description sous-action 1.2", SheetStatus.DONE,
                PartialDate.of(2026, 6, 30), "\"Pilote SA1.2\""));
    Axis second = contract.axes().get(1);
    assertThat(second.actionSheets()).extracting(ActionSheet::title).containsExactly("Action 2");
    Objective sub = second.objectives().get(0);
    assertThat(sub.title()).isEqualTo("Sous-axe 2.1");
    assertThat(sub.actionSheets()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Action 3");
      assertThat(s.subActions()).extracting(ActionSheet::title, x -> x.status().orElseThrow())
          .containsExactly(tuple("Sous-action 3.1", SheetStatus.PAUSED));
    });
    assertThat(contract.allActionSheets()).hasSize(4);
    assertThat(result.cellOf("/axes/0/actionSheets/1/subActions/1/status")).contains(CellLocation.of("Plan", 7, 25));
    assertThat(result.cellOf("/axes/0/actionSheets/1/subActions/1")).contains(CellLocation.of("Plan", 7, 5));
    // The file lacks column AC: an information, nothing else besides the missing header values.
    assertThat(result.report().findings()).extracting(Finding::code, f -> f.cell().map(CellLocation::reference).orElse(""))
        .containsExactlyInAnyOrder(tuple("CLS-SPREADSHEET-COLUMN-MISSING", "Plan!AC2"),
            tuple("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE", ""), tuple("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE", ""),
            tuple("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE", ""));
    assertThat(Files.exists(TET.resolve("plan_with_sous_actions_valid.xlsx"))).isTrue();
  }

  @Test
  void plan_without_axes_puts_its_46_fiches_in_the_contract() {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("plan_sans_axes.xlsx"));
    Contract contract = contract(result);
    assertThat(contract.axes()).isEmpty();
    assertThat(contract.actionSheets()).hasSize(46);
    assertThat(contract.title()).isEmpty();
    ActionSheet first = contract.actionSheets().get(0);
    assertThat(first.number()).contains("1");
    assertThat(first.title()).isEqualTo(
        "Déroulement de l’Opération Programmée de l’Amélioration de l’Habitat Revitalisation Rurale OPAH-RR");
    assertThat(first.pilots()).extracting(p -> partyName(contract, p.partyId())).containsExactly("CCNS");
    ActionSheet second = contract.actionSheets().get(1);
    assertThat(second.partners()).extracting(p -> partyName(contract, p.partyId())).containsExactly("Bureau d'étude", "PMGA");
    // « Calendrier » of older exports is kept as an extension, a number cell as its plain text.
    assertThat(second.extensions()).containsEntry("tet:Calendrier", "\"2024\"");
    assertThat(contract.actionSheets().get(5).budget()).contains(EuroAmount.ofEuros(2400));
    // The title's trailing line break is kept as written.
    assertThat(contract.actionSheets().get(11).title()).isEqualTo("Projet Alimentaire Territorial\n");
    assertThat(contract.actionSheets().get(45).title()).isEqualTo("Revitalisation des prairies");
    assertThat(codes(result)).containsOnly("CLS-SPREADSHEET-MISSING-CONTRACT-VALUE");
  }

  @Test
  void plan_with_fiche_with_and_without_axis_and_an_amount_as_text() {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("plan_with_fiche_with_and_without_axe.xlsx"));
    Contract contract = contract(result);
    assertThat(contract.axes()).singleElement().satisfies(axis -> {
      assertThat(axis.title()).isEqualTo("Axe 1");
      assertThat(axis.objectives()).singleElement().satisfies(o -> {
        assertThat(o.title()).isEqualTo("Sous-Axe 1");
        assertThat(o.actionSheets()).extracting(ActionSheet::title).containsExactly(
            "Déroulement de l’Opération Programmée de l’Amélioration de l’Habitat Revitalisation Rurale OPAH-RR");
      });
    });
    assertThat(contract.actionSheets()).hasSize(45);
    assertThat(contract.actionSheets().get(0).title()).isEqualTo("Plan de Mobilité Simplifié");
    // X9 holds the text « 2400 »: read, and reported.
    assertThat(contract.actionSheets().get(4).budget()).contains(EuroAmount.ofEuros(2400));
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-AMOUNT-AS-TEXT"))
        .extracting(Finding::severity, Finding::pointer, f -> f.cell().orElseThrow().reference(), Finding::params)
        .containsExactly(tuple(Severity.INFO, "/actionSheets/4/budget", PLAN + "!X9",
            java.util.Map.of("value", "2400", "amount", "2400")));
  }

  @Test
  void the_template_imports_its_example_row() {
    PlanImportResult result = PlanImport.standard().read(TET.resolve("modele-import-pa.xlsx"));
    Contract contract = contract(result);
    assertThat(contract.title()).isEmpty();
    assertThat(contract.allActionSheets()).hasSize(1);
    Axis axis = contract.axes().get(0);
    assertThat(axis.number()).contains("1");
    assertThat(axis.title()).isEqualTo(
        "Un territoire désirable qui allie bien-être, résilience et adaptation aux changements climatiques");
    Objective sub = axis.objectives().get(0);
    assertThat(sub.number()).contains("1.1");
    assertThat(sub.title()).isEqualTo("Améliorer la qualité de l'air pour tous");
    Objective subSub = sub.objectives().get(0);
    assertThat(subSub.number()).contains("1.1.1");
    ActionSheet fiche = subSub.actionSheets().get(0);
    assertThat(fiche.label()).contains("Action");
    assertThat(fiche.number()).contains("1");
    assertThat(fiche.title()).startsWith("Assurer la coordination de la transition écologique\n (ou)\n1.1.1.1.");
    // The example row's E: the template's note that sub-actions are entered on the platform, read as a sub-action row.
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-SUB-ACTION-WITHOUT-FICHE"))
        .extracting(f -> f.params().get("problem"), f -> f.cell().orElseThrow().reference())
        .containsExactly(tuple("no-fiche-row", PLAN + "!E5"));
    ActionSheet sub1 = fiche.subActions().get(0);
    assertThat(sub1.fundings()).extracting(f -> partyName(contract, f.financer().orElseThrow().partyId()),
        f -> f.amount().orElse(null))
        .containsExactly(tuple("Métropole", EuroAmount.ofEuros(50_000)), tuple("Région", null),
            tuple("DREAL", EuroAmount.ofEuros(15_000)), tuple("Département 64", EuroAmount.ofEuros(12_000)));
    assertThat(result.report().findingsWithCode("CLS-SPREADSHEET-AMOUNT-SHARED"))
        .extracting(f -> f.cell().orElseThrow().reference(), Finding::params)
        .containsExactly(tuple(PLAN + "!S5", java.util.Map.of("financers", "Métropole, Région", "amount", "50000.00")));
    assertThat(sub1.budget()).contains(EuroAmount.ofEuros(124_566));
    assertThat(sub1.status()).contains(SheetStatus.TO_COME);
    assertThat(sub1.priority()).contains(Priority.MEDIUM);
    assertThat(sub1.recurring()).contains(true);
    assertThat(sub1.citizenParticipation().orElseThrow().level()).isEqualTo(ParticipationLevel.CONSULTATION);
    assertThat(sub1.schedule().orElseThrow().start()).contains(PartialDate.of(2022, 11, 16));
    assertThat(sub1.electedReferents()).extracting(p -> p.name().orElseThrow()).containsExactly("Renée CHARLES", "Dominique TRELLE");
    assertThat(sub1.extensions()).containsKeys("tet:Mesures liées", "tet:Actions liées", "tet:Documents et liens");
    assertThat(sub1.followUpNotes()).singleElement().satisfies(n -> assertThat(n.text())
        .isEqualTo("Ces informations devront être saisies directement sur la plateforme après l'import."));
    List<Funding> none = fiche.fundings();
    assertThat(none).isEmpty();
  }
}
