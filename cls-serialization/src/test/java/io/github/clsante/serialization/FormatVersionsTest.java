package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.BudgetNature;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractKind;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.DocumentVersion;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SheetNumbering;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.SignatoryRole;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Format 1.1 says what real contracts say and 1.0 could not: one small document per need of issue 11
 * ({@code format-1.1/<need>.json}), each read with no finding into the values it states, written back
 * as its own canonical form (nothing lost, no default added) and read back equal; and how the reader
 * tells the versions apart, with the exact findings: members of the other version, 1.0's defaults and
 * required status, amounts in euros, and the version member itself ({@code formatVersion}, 1.0's {@code
 * schemaVersion}).
 *
 * <p>The broken documents whose findings the schema must also give are in the corpus
 * ({@code invalid/<CODE>/}, {@link ReadProblemCorpusTest}): cents members in a 1.1 document, members of
 * 1.1 in a 1.0 document, a 1.0 document without status, euros beyond the bounds or written as text.
 */
class FormatVersionsTest {

  static final Path DOCUMENTS = Path.of("src/test/resources/io/github/clsante/serialization/format-1.1");

  /** The needs listed under « Why » in issue 11, each with its document. */
  private static final List<String> NEEDS = List.of(
      "durations", "prefiguration", "who-signs", "signature-block", "signature-printed-blank", "document-version",
      "partial-knowledge", "annexed-sheets", "printed-numbers", "mental-health", "money", "reviewer-flags",
      "former-region", "qpv-2024");

  static Stream<Path> documents() throws IOException {
    try (Stream<Path> list = Files.list(DOCUMENTS)) {
      return list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()).stream();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // One document per need.

  @Test
  void every_need_has_its_document_and_every_document_a_need() throws IOException {
    assertThat(documents().map(p -> p.getFileName().toString().replaceAll("\\.json$", "")))
        .containsExactlyInAnyOrderElementsOf(NEEDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void each_document_is_1_1_reads_without_finding_writes_its_canonical_form_and_reads_back_equal(Path file)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);

    ReadResult result = ContractJson.reader().read(bytes);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"formatVersion\": \"1.1\"");
    assertThat(result.report().findings()).isEmpty();
    Contract contract = result.contract().orElseThrow();
    byte[] written = ContractJson.toCanonicalBytes(contract);
    // Written bytes are the document's own canonical form: no member lost, none added, no default.
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(ContractJson.canonicalize(bytes), StandardCharsets.UTF_8));
    ReadResult again = ContractJson.reader().read(written);
    assertThat(again.report().findings()).isEmpty();
    assertThat(again.contract()).contains(contract);
  }

  @Test
  void durations_a_year_range_on_the_cover_and_a_stated_duration() {
    Contract contract = read("durations");

    assertThat(contract.kind()).contains(ContractKind.PLURIANNUAL);
    Period period = contract.period().orElseThrow();
    assertThat(period.start()).contains(PartialDate.ofYear(2017));
    assertThat(period.end()).contains(PartialDate.ofYear(2022));
    assertThat(period.durationMonths()).contains(60);
    assertThat(period.asWritten()).contains("2017-2022");
  }

  @Test
  void prefiguration_a_one_year_contract_that_prepares_the_pluriannual_one() {
    Contract contract = read("prefiguration");

    assertThat(contract.kind()).contains(ContractKind.PREFIGURATION);
    assertThat(contract.period().orElseThrow().durationMonths()).contains(12);
    assertThat(contract.period().orElseThrow().asWritten()).contains("pour une durée d’un an");
    assertThat(contract.actionSheets()).extracting(ActionSheet::number, ActionSheet::title)
        .containsExactly(tuple(Optional.of("1"), "Réaliser le diagnostic local de santé partagé"));
  }

  @Test
  void who_signs_epci_and_the_new_kinds_know_their_category_and_an_unknown_kind_says_its_own() {
    Contract contract = read("who-signs");
    Map<String, Party> parties = contract.partiesById();

    assertThat(parties.get("cc-haut-pays").kind()).contains(PartyKind.EPCI);
    assertThat(parties.get("cc-deux-vallees").effectiveCategory()).contains(PartyCategory.LOCAL_AUTHORITY);
    assertThat(Stream.of("prefecture", "carsat", "msa", "ght", "dsden", "ddec", "ordre-medecins")
        .map(id -> parties.get(id).kind().orElseThrow()))
        .containsExactly(PartyKind.PREFECTURE, PartyKind.CARSAT, PartyKind.MSA, PartyKind.GHT, PartyKind.DSDEN,
            PartyKind.ENSEIGNEMENT_CATHOLIQUE, PartyKind.PROFESSIONAL_ORDER)
        .allSatisfy(kind -> assertThat(kind.isKnown()).isTrue());
    assertThat(Stream.of("prefecture", "carsat", "msa", "ght", "dsden", "ddec", "ordre-medecins")
        .map(id -> parties.get(id).effectiveCategory().orElseThrow()))
        .containsExactly(PartyCategory.STATE, PartyCategory.HEALTH_INSURANCE, PartyCategory.HEALTH_INSURANCE,
            PartyCategory.CARE_PROVIDER, PartyCategory.STATE, PartyCategory.PRIVATE_EDUCATION,
            PartyCategory.PROFESSIONAL_BODY);
    Party mutualite = parties.get("mutualite");
    assertThat(mutualite.kind()).contains(PartyKind.of("mutualite"));
    assertThat(mutualite.kind().orElseThrow().isKnown()).isFalse();
    assertThat(mutualite.category()).contains(PartyCategory.HEALTH_INSURANCE);
    assertThat(contract.carriers()).extracting(c -> c.party().partyId()).containsExactly("cc-haut-pays", "cc-deux-vallees");
    assertThat(contract.signatories().subList(0, 2))
        .extracting(s -> s.representative().flatMap(Person::function).orElseThrow())
        .containsExactly("Président de la Communauté de communes du Haut Pays",
            "Président de la Communauté de communes des Deux Vallées");
  }

  @Test
  void signature_block_the_place_and_the_date_as_written_with_no_year_invented() {
    Contract contract = read("signature-block");

    assertThat(contract.signaturePlace()).contains("Fait à Murat");
    assertThat(contract.signatureDateAsWritten()).contains("Ce mardi 24 avril");
    assertThat(contract.signatureDate()).isEmpty();
    assertThat(contract.signaturePrintedBlank()).isEmpty();
  }

  @Test
  void signature_printed_blank_and_placeholder_names_are_kept_as_printed() {
    Contract contract = read("signature-printed-blank");

    assertThat(contract.signaturePrintedBlank()).contains(true);
    assertThat(contract.signaturePlace()).isEmpty();
    assertThat(contract.signatureDate()).isEmpty();
    assertThat(contract.status()).isEmpty();
    assertThat(contract.signatories()).extracting(s -> s.representative().flatMap(Person::name).orElseThrow())
        .containsExactly("XXX", "XXX");
  }

  @Test
  void document_version_is_the_document_s_not_the_contract_s_status() {
    Contract contract = read("document-version");

    DocumentVersion version = contract.documentVersion().orElseThrow();
    assertThat(version.label()).contains("[PROJET – VERSION JUILLET 2016]");
    assertThat(version.date()).contains(PartialDate.ofMonth(2016, 7));
    assertThat(version.draft()).contains(true);
    assertThat(contract.status()).as("the source does not say it").isEmpty();
  }

  @Test
  void partial_knowledge_at_least_counts_incomplete_lists_and_what_is_not_stated() {
    Contract contract = read("partial-knowledge");

    assertThat(contract.announcedActionSheetCount()).contains(11);
    assertThat(contract.announcedActionSheetCountAtLeast()).contains(true);
    assertThat(contract.actionSheetsComplete()).contains(false);
    assertThat(contract.allActionSheets()).hasSize(2);
    assertThat(contract.signatoriesComplete()).contains(false);
    assertThat(contract.signatories()).extracting(Signatory::role)
        .containsExactly(Optional.of(SignatoryRole.PRINCIPAL), Optional.empty());
    assertThat(contract.sheetNumbering()).isEmpty();
    assertThat(contract.actionSheetsAnnexed()).isEmpty();
  }

  @Test
  void annexed_sheets_a_signed_contract_whose_sheets_are_in_a_separate_annex() {
    Contract contract = read("annexed-sheets");

    assertThat(contract.status()).contains(ContractStatus.SIGNED);
    assertThat(contract.actionSheetsAnnexed()).contains(true);
    assertThat(contract.allActionSheets()).isEmpty();
    assertThat(contract.announcedActionSheetCount()).isEmpty();
    assertThat(contract.axes()).extracting(Axis::title)
        .containsExactly("Prévention et promotion de la santé", "Accès aux soins");
  }

  @Test
  void printed_numbers_are_kept_as_printed_twice_with_a_gap_and_the_sheet_s_printed_heading() {
    Contract contract = read("printed-numbers");

    assertThat(contract.axes().get(0).actionSheets()).extracting(s -> s.number().orElseThrow())
        .containsExactly("I -1", "I -1", "I -2", "I -3", "I -5");
    assertThat(contract.axes().get(0).actionSheets()).extracting(ActionSheet::id).doesNotHaveDuplicates();
    assertThat(contract.axes().get(0).label()).contains("AXE I");
    ActionSheet fourth = contract.axes().get(1).actionSheets().get(0);
    assertThat(fourth.label()).contains("FIche Action N 4");
    assertThat(fourth.number()).contains("4");
  }

  @Test
  void mental_health_said_by_an_objective_a_priority_and_a_linked_clsm() {
    Contract contract = read("mental-health");

    assertThat(contract.generalObjectives()).containsExactly("Promouvoir la santé mentale et prévenir le risque suicidaire");
    assertThat(contract.priorities()).containsExactly("Santé mentale");
    assertThat(contract.linkedSchemes()).singleElement().satisfies(link -> {
      assertThat(link.kind()).isEqualTo(SchemeKind.CLSM);
      assertThat(link.name()).contains("Conseil local de santé mentale de la Ville Test");
    });
    assertThat(contract.axes()).extracting(Axis::title).noneMatch(title -> title.contains("mentale"));
  }

  @Test
  void money_amounts_in_euros_are_exact_to_the_cent() {
    ActionSheet sheet = read("money").actionSheets().get(0);

    assertThat(sheet.budget()).contains(EuroAmount.ofEuros(12000));
    assertThat(sheet.fundings()).extracting(Funding::amount)
        .containsExactly(Optional.of(EuroAmount.ofCents(1_200_000)),
            Optional.of(EuroAmount.ofCents(150_050)));
    assertThat(sheet.fundings().get(0).fund()).contains(FundKind.FIR);
    BudgetLine line = sheet.budgetLines().get(0);
    assertThat(line.nature()).isEqualTo(BudgetNature.OPERATING);
    assertThat(line.plannedAmount()).contains(EuroAmount.parse("1500.50"));
    assertThat(line.actualAmount()).contains(EuroAmount.parse("1500.50"));
    // 1500.50 and 1500.5 are one amount, written the shortest way.
    assertThat(ContractJson.toCanonicalString(read("money")))
        .contains("\"amount\":12000,", "\"amount\":1500.5,", "\"plannedAmount\":1500.5,", "\"budget\":12000,");
  }

  @Test
  void reviewer_flags_are_facts_the_reader_keeps_for_the_rules_to_judge() {
    Contract contract = read("reviewer-flags");

    assertThat(contract.announcedAxisCount()).contains(4);
    assertThat(contract.axes()).hasSize(3);
    assertThat(contract.period().orElseThrow().durationMonths()).contains(36);
    assertThat(contract.period().orElseThrow().end()).contains(PartialDate.ofMonth(2022, 12));
    assertThat(contract.generation()).contains(2);
    assertThat(contract.previousContract()).isEmpty();
    assertThat(contract.carriers().get(0).deliberationDate()).contains(PartialDate.of(2019, 3, 14));
    assertThat(contract.signatureDate()).contains(PartialDate.of(2019, 2, 1));
    assertThat(contract.party("cpam").orElseThrow().departement()).contains("77");
    assertThat(contract.territory().regions()).containsExactly(Region.NORMANDIE);
    PartyKind typo = contract.party("cc").orElseThrow().kind().orElseThrow();
    assertThat(typo.code()).isEqualTo("communaute_de_commune");
    assertThat(typo.isKnown()).isFalse();
    assertThat(PartyKind.closestKnown(typo.code())).contains(PartyKind.COMMUNAUTE_DE_COMMUNES);
  }

  @Test
  void former_region_successor_and_evaluation() {
    Contract contract = read("former-region");

    assertThat(contract.leadArs()).isEqualTo(Region.AUVERGNE_RHONE_ALPES);
    assertThat(contract.formerLeadArs()).contains(FormerRegion.AUVERGNE);
    assertThat(contract.status()).contains(ContractStatus.RENEWED);
    assertThat(contract.successorContract().orElseThrow().contractId()).contains("cls-test-2019-2023");
    assertThat(contract.successorContract().orElseThrow().period().orElseThrow().start())
        .contains(PartialDate.ofYear(2019));
    assertThat(contract.evaluation()).contains(
        "L’évaluation conduite en 2017 conclut à la poursuite de la démarche, en renforçant le volet santé mentale.");
  }

  @Test
  void qpv_codes_of_the_2024_list() {
    Contract contract = read("qpv-2024");

    assertThat(contract.territory().qpvCodes()).containsExactly("QN06201M", "QN06202N");
    assertThat(contract.territory().departements()).containsExactly("62");
  }

  // ---------------------------------------------------------------------------------------------
  // Members of the other version.

  @Test
  void a_cents_member_in_a_1_1_document_is_a_member_removed_in_1_1_and_its_amount_is_read() {
    String json = document("1.1", "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\",\"fundings\":[{\"amountCents\":1200000}]}]");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/fundings/0/amountCents "
        + at(json, "\"amountCents\"", 0) + " member=amountCents version=1.1 problem=version-removed suggestion=amount");
    assertThat(result.isValid()).isFalse();
    assertThat(result.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount())
        .contains(EuroAmount.ofEuros(12000));
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH)).isEqualTo(
        "Le champ «\u00a0amountCents\u00a0» n’existe plus en version 1.1 du format\u202f: écrivez «\u00a0amount\u00a0» "
            + "à la place (pour un montant, en euros et non en centimes).");
  }

  @Test
  void a_member_of_1_1_in_a_1_0_document_is_a_member_of_a_newer_version_and_its_value_is_read() {
    String json = document("1.0", "\"status\":\"signed\",\"kind\":\"prefiguration\","
        + "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\",\"budget\":12000}]");

    ReadResult result = ContractJson.reader().read(json);

    // In the order of their places, as every report.
    assertThat(findings(result)).containsExactly(
        "CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/budget " + at(json, "\"budget\"", 0)
            + " member=budget version=1.0 problem=version-newer since=1.1",
        "CLS-JSON-UNKNOWN-MEMBER error /kind " + at(json, "\"kind\"", 0)
            + " member=kind version=1.0 problem=version-newer since=1.1");
    assertThat(result.contract().orElseThrow().kind()).contains(ContractKind.PREFIGURATION);
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofEuros(12000));
    assertThat(FindingMessages.message(result.report().findings().get(1), Locale.FRENCH)).isEqualTo(
        "Le champ «\u00a0kind\u00a0» n’existe qu’à partir de la version 1.1 du format, et ce fichier est en version 1.0"
            + "\u202f: indiquez \"formatVersion\": \"1.1\" si le fichier suit cette version.");
  }

  @Test
  void a_cents_member_in_a_newer_minor_version_is_a_warning_that_does_not_say_it_is_ignored() {
    // Its amount is read: the warning says which member to write, not that the value was dropped.
    String json = document("1.2", "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\",\"budgetCents\":1200000}]");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly(
        "CLS-JSON-UNKNOWN-MEMBER warning /actionSheets/0/budgetCents " + at(json, "\"budgetCents\"", 0)
            + " member=budgetCents version=1.1 problem=version-removed suggestion=budget",
        "CLS-JSON-NEWER-VERSION warning /formatVersion 1:18 version=1.2 supported=1.1");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofEuros(12000));
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH))
        .doesNotContain("ignoré");
  }

  @Test
  void an_amount_given_in_euros_and_in_cents_is_given_twice_in_either_order_and_version() {
    String sheets = "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\",\"fundings\":[%s]}]";
    String eurosFirst = document("1.1", String.format(sheets, "{\"amount\":15,\"amountCents\":1200000}"));
    String centsFirst = document("1.1", String.format(sheets, "{\"amountCents\":1200000,\"amount\":15}"));
    String centsFirstIn10 = document("1.0", "\"status\":\"signed\"," + String.format(sheets,
        "{\"amountCents\":1200000,\"amount\":15}"));
    String pointer = "/actionSheets/0/fundings/0/";

    assertThat(findings(ContractJson.reader().read(eurosFirst))).containsExactly("CLS-JSON-DUPLICATE-MEMBER error "
        + pointer + "amountCents " + at(eurosFirst, "\"amountCents\"", 0)
        + " member=amountCents problem=same-value first=amount");
    assertThat(findings(ContractJson.reader().read(centsFirst))).containsExactly(
        "CLS-JSON-DUPLICATE-MEMBER error " + pointer + "amount " + at(centsFirst, "\"amount\"", 0)
            + " member=amount problem=same-value first=amountCents",
        "CLS-JSON-UNKNOWN-MEMBER error " + pointer + "amountCents " + at(centsFirst, "\"amountCents\"", 0)
            + " member=amountCents version=1.1 problem=version-removed suggestion=amount");
    assertThat(findings(ContractJson.reader().read(centsFirstIn10))).containsExactly(
        "CLS-JSON-DUPLICATE-MEMBER error " + pointer + "amount " + at(centsFirstIn10, "\"amount\"", 0)
            + " member=amount problem=same-value first=amountCents");
    // The first one given is the one read.
    assertThat(amount(eurosFirst)).contains(EuroAmount.ofEuros(15));
    assertThat(amount(centsFirst)).contains(EuroAmount.ofEuros(12000));
    assertThat(amount(centsFirstIn10)).contains(EuroAmount.ofEuros(12000));
  }

  private static Optional<EuroAmount> amount(String json) {
    return ContractJson.reader().read(json).contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount();
  }

  // ---------------------------------------------------------------------------------------------
  // What 1.0 forced and 1.1 leaves unsaid.

  @ParameterizedTest(name = "format {0}")
  @CsvSource({"1.0, true", "1.1, false"})
  void omitted_role_and_numbering_mean_1_0_s_defaults_in_1_0_and_nothing_in_1_1(String version, boolean defaults) {
    String json = document(version, (defaults ? "\"status\":\"signed\"," : "")
        + "\"signatories\":[{\"party\":{\"partyId\":\"ars\"}}]");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(result.report().findings()).isEmpty();
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.signatories().get(0).role()).isEqualTo(defaults ? Optional.of(SignatoryRole.PRINCIPAL)
        : Optional.empty());
    assertThat(contract.sheetNumbering()).isEqualTo(defaults ? Optional.of(SheetNumbering.CONTRACT_WIDE)
        : Optional.empty());
    // 1.0 stated them by their absence, so the 1.1 written says them; 1.1's absence says nothing.
    String written = ContractJson.toCanonicalString(contract);
    assertThat(written.contains("\"role\":\"principal\"")).isEqualTo(defaults);
    assertThat(written.contains("\"sheetNumbering\":\"contract_wide\"")).isEqualTo(defaults);
    assertThat(written).contains("\"formatVersion\":\"1.1\"").doesNotContain("\"sheetNumbering\":\"none\"");
  }

  @Test
  void a_1_0_document_without_status_lacks_a_required_member_and_a_1_1_document_does_not() {
    ReadResult old = ContractJson.reader().read(document("1.0", "\"title\":\"Sans statut\""));
    ReadResult current = ContractJson.reader().read(document("1.1", "\"title\":\"Sans statut\""));

    assertThat(findings(old)).containsExactly("CLS-JSON-MISSING-MEMBER error - 1:1 member=status");
    assertThat(old.contract().orElseThrow().status()).isEmpty();
    assertThat(current.report().findings()).isEmpty();
    assertThat(current.contract().orElseThrow().status()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Amounts in euros.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "12000 | 1200000",
    "1500.50 | 150050",
    "1500.5 | 150050",
    "0.05 | 5",
    "-1500.5 | -150050",
    "1.2e4 | 1200000",
    "15E-1 | 150",
    "1500.500000 | 150050",
    "-0 | 0",
    "9999999999999.99 | 999999999999999",
    "-9999999999999.99 | -999999999999999",
  })
  void euros_with_at_most_two_decimals_within_the_bounds_are_read_exactly(String written, long cents) {
    ReadResult result = ContractJson.reader().read(budget(written));

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofCents(cents));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "12.345 | CLS-JSON-INVALID-NUMBER error /actionSheets/0/budget {at} number=12.345 problem=decimals",
    "1500.505 | CLS-JSON-INVALID-NUMBER error /actionSheets/0/budget {at} number=1500.505 problem=decimals",
    "1.5e-3 | CLS-JSON-INVALID-NUMBER error /actionSheets/0/budget {at} number=1.5e-3 problem=decimals",
    "1e-400 | CLS-JSON-INVALID-NUMBER error /actionSheets/0/budget {at} number=1e-400 problem=decimals",
    "10000000000000 | CLS-JSON-NUMBER-OUT-OF-RANGE error /actionSheets/0/budget {at} number=10000000000000 "
        + "min=-9999999999999.99 max=9999999999999.99",
    "-10000000000000 | CLS-JSON-NUMBER-OUT-OF-RANGE error /actionSheets/0/budget {at} number=-10000000000000 "
        + "min=-9999999999999.99 max=9999999999999.99",
    "1.2e400 | CLS-JSON-NUMBER-OUT-OF-RANGE error /actionSheets/0/budget {at} number=1.2e400 "
        + "min=-9999999999999.99 max=9999999999999.99",
    "1e11111111111 | CLS-JSON-NUMBER-OUT-OF-RANGE error /actionSheets/0/budget {at} number=1e11111111111 "
        + "min=-9999999999999.99 max=9999999999999.99",
    "\"12 000,50 €\" | CLS-JSON-WRONG-TYPE error /actionSheets/0/budget {at} expected=euros actual=string "
        + "value=12 000,50 € suggestion=12000.5",
    "\"12.000 €\" | CLS-JSON-WRONG-TYPE error /actionSheets/0/budget {at} expected=euros actual=string value=12.000 €",
    "true | CLS-JSON-WRONG-TYPE error /actionSheets/0/budget {at} expected=euros actual=boolean value=true",
  })
  void euros_with_three_decimals_beyond_the_bounds_or_as_text_get_their_exact_finding(String written, String expected) {
    String json = budget(written);

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly(expected.replace("{at}", at(json, "\"budget\":" + written, 9)));
  }

  @Test
  void euros_written_as_text_meaning_one_amount_are_read_as_that_amount() {
    ReadResult result = ContractJson.reader().read(budget("\"12 000,50 €\""));

    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofCents(1_200_050));
    assertThat(result.unreadable()).isEmpty();
    assertThat(ContractJson.reader().read(budget("\"12.000 €\"")).unreadable()).containsExactly("/actionSheets/0/budget");
  }

  @Test
  void the_message_for_too_many_decimals_speaks_of_an_amount_not_of_a_whole_number() {
    Finding finding = ContractJson.reader().read(budget("1500.505")).report().findings().get(0);

    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo("Le montant 1500.505 a plus de deux décimales"
        + "\u202f: un montant en euros s’écrit avec au plus deux chiffres après le point (12000 ou 1500.50).");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH)).isEqualTo("The amount 1500.505 has more than two decimals: "
        + "an amount in euros is written with at most two digits after the point (12000 or 1500.50).");
  }

  // ---------------------------------------------------------------------------------------------
  // The format version: formatVersion, 1.0's schemaVersion.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // A newer minor version is read as the newest known one, with a warning.
    "'\"1.2\"' | CLS-JSON-NEWER-VERSION warning /formatVersion 1:18 version=1.2 supported=1.1 | true",
    // Another major version is not read at all.
    "'\"2.0\"' | CLS-JSON-UNSUPPORTED-VERSION error /formatVersion 1:18 version=2.0 supported=1.1 | false",
    // A version that is not MAJOR.MINOR, or not a string: the document is read as the current version.
    "'\"1\"' | CLS-JSON-INVALID-VERSION error /formatVersion 1:18 version=1 | true",
    "'\"1.1.0\"' | CLS-JSON-INVALID-VERSION error /formatVersion 1:18 version=1.1.0 | true",
    "1 | CLS-JSON-WRONG-TYPE error /formatVersion 1:18 expected=string actual=number value=1 | true",
    "true | CLS-JSON-WRONG-TYPE error /formatVersion 1:18 expected=string actual=boolean value=true | true",
    // A MAJOR.MINOR written as a number: the string to write, and the version read as it spells it.
    "1.1 | CLS-JSON-WRONG-TYPE error /formatVersion 1:18 expected=string actual=number value=1.1 suggestion=\"1.1\" | true",
  })
  void an_unknown_schema_version_gets_its_exact_finding(String version, String expected, boolean read) {
    ReadResult result = ContractJson.reader().read(budget("12000").replace("\"1.1\"", version));

    assertThat(findings(result)).containsExactly(expected);
    assertThat(result.isValid()).isEqualTo(expected.contains(" warning "));
    assertThat(result.contract().map(contract -> contract.actionSheets().get(0).budget().orElseThrow()))
        .isEqualTo(read ? Optional.of(EuroAmount.ofEuros(12000)) : Optional.empty());
  }

  @Test
  void a_version_written_as_a_number_is_read_as_the_version_it_spells_with_the_string_to_write() {
    // 1.0, not 1.1: the suggestion keeps the file's meaning (its amounts in cents), as reading does.
    String json = "{\"schemaVersion\":1.0,\"id\":\"cls-test\",\"status\":\"signed\",\"leadArs\":\"84\","
        + "\"territory\":{},\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\",\"budgetCents\":1200000}]}";

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-WRONG-TYPE error /schemaVersion 1:18 expected=string "
        + "actual=number value=1.0 suggestion=\"1.0\"");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).budget()).contains(EuroAmount.ofEuros(12000));
    assertThat(result.unreadable()).isEmpty();
  }

  @Test
  void the_message_of_a_version_written_as_a_number_says_which_string_to_write() {
    Finding finding = ContractJson.reader().read(budget("12000").replace("\"1.1\"", "1.1")).report().findings().get(0);

    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo("Ce champ attend du texte entre guillemets\u202f; "
        + "il contient un nombre\u202f: «\u00a01.1\u00a0». Écrivez plutôt \"1.1\".");
    assertThat(FindingMessages.message(finding, Locale.ENGLISH)).isEqualTo(
        "This field expects text in quotes; it holds a number: \"1.1\". Write \"1.1\" instead.");
  }

  /** A document with the given root members first, a sheet with a budget in cents (1.0) or euros. */
  private static String withVersions(String versions, boolean cents) {
    return "{" + versions + ",\"id\":\"cls-test\",\"status\":\"signed\",\"leadArs\":\"84\",\"territory\":{},"
        + "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\"," + (cents ? "\"budgetCents\":1200000" : "\"budget\":12000")
        + "}]}";
  }

  private static Optional<EuroAmount> budgetOf(ReadResult result) {
    return result.contract().orElseThrow().actionSheets().get(0).budget();
  }

  @Test
  void a_1_1_document_says_format_version_and_a_1_0_document_schema_version() {
    ReadResult current = ContractJson.reader().read(withVersions("\"formatVersion\":\"1.1\"", false));
    ReadResult older = ContractJson.reader().read(withVersions("\"schemaVersion\":\"1.0\"", true));

    assertThat(findings(current)).isEmpty();
    assertThat(findings(older)).isEmpty();
    assertThat(budgetOf(current)).contains(EuroAmount.ofEuros(12000));
    assertThat(budgetOf(older)).contains(EuroAmount.ofEuros(12000));
    // The writer writes 1.1's member only, in its canonical place.
    assertThat(ContractJson.toCanonicalString(current.contract().orElseThrow())).isEqualTo("{\"actionSheets\":[{"
        + "\"budget\":12000,\"id\":\"fa-1\",\"title\":\"A\"}],\"formatVersion\":\"1.1\",\"id\":\"cls-test\","
        + "\"leadArs\":\"84\",\"status\":\"signed\",\"territory\":{}}");
    assertThat(ContractJson.toCanonicalString(older.contract().orElseThrow())).contains(",\"formatVersion\":\"1.1\",")
        .doesNotContain("schemaVersion");
  }

  @ParameterizedTest(name = "version last: {0}")
  @CsvSource({"false", "true"})
  void schema_version_in_a_1_1_document_is_to_be_renamed_and_is_read_as_1_1(boolean versionLast) {
    String json = versionLast ? versionLast("1.1", "\"budget\":12000").replace("formatVersion", "schemaVersion")
        : withVersions("\"schemaVersion\":\"1.1\"", false);

    ReadResult result = ContractJson.reader().read(json);
    ReadResult lenient = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS).read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-UNKNOWN-MEMBER error /schemaVersion "
        + at(json, "\"schemaVersion\"", 0) + " member=schemaVersion version=1.1 problem=version-renamed "
        + "suggestion=formatVersion");
    assertThat(findings(lenient)).containsExactly("CLS-JSON-UNKNOWN-MEMBER warning /schemaVersion "
        + at(json, "\"schemaVersion\"", 0) + " member=schemaVersion version=1.1 problem=version-renamed "
        + "suggestion=formatVersion");
    assertThat(budgetOf(result)).contains(EuroAmount.ofEuros(12000)); // in euros: read as 1.1
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH)).isEqualTo(
        "En version 1.1 du format, le champ «\u00a0schemaVersion\u00a0» s’appelle «\u00a0formatVersion\u00a0»\u202f: "
            + "renommez-le, sa valeur ne change pas.");
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.ENGLISH)).isEqualTo(
        "In version 1.1 of the format, the field \"schemaVersion\" is named \"formatVersion\": rename it, its value "
            + "stays the same.");
  }

  @Test
  void format_version_1_0_is_read_as_a_1_0_document_and_is_to_be_renamed() {
    // Decided: the version is known, so the document is read as 1.0 (amounts in cents, status required);
    // but a 1.0 reader would not know the member, so it is an error, as every member of the other version.
    String json = withVersions("\"formatVersion\":\"1.0\"", true);

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-UNKNOWN-MEMBER error /formatVersion 1:2 "
        + "member=formatVersion version=1.0 problem=version-renamed suggestion=schemaVersion");
    assertThat(budgetOf(result)).contains(EuroAmount.ofEuros(12000));
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.ENGLISH)).isEqualTo(
        "In version 1.0 of the format, the field \"formatVersion\" is named \"schemaVersion\": rename it, its value "
            + "stays the same.");
    assertThat(findings(ContractJson.reader().read(json.replace("\"status\":\"signed\",", "")))).containsExactly(
        "CLS-JSON-MISSING-MEMBER error - 1:1 member=status",
        "CLS-JSON-UNKNOWN-MEMBER error /formatVersion 1:2 member=formatVersion version=1.0 problem=version-renamed "
            + "suggestion=schemaVersion");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // Decided: the first is read, the second is the same value given twice; the one of the other
    // version is also to be renamed, and the message says to remove the one the version does not have.
    "'\"formatVersion\":\"1.1\",\"schemaVersion\":\"1.1\"' | false | CLS-JSON-DUPLICATE-MEMBER error /schemaVersion "
        + "1:24 member=schemaVersion problem=same-value first=formatVersion",
    "'\"schemaVersion\":\"1.0\",\"formatVersion\":\"1.1\"' | true | CLS-JSON-DUPLICATE-MEMBER error /formatVersion "
        + "1:24 member=formatVersion problem=same-value first=schemaVersion",
    "'\"schemaVersion\":\"1.1\",\"formatVersion\":\"1.1\"' | false | CLS-JSON-DUPLICATE-MEMBER error /formatVersion "
        + "1:24 member=formatVersion problem=same-value first=schemaVersion, CLS-JSON-UNKNOWN-MEMBER error "
        + "/schemaVersion 1:2 member=schemaVersion version=1.1 problem=version-renamed suggestion=formatVersion",
  })
  void a_document_with_both_version_members_is_read_as_the_first_says(String versions, boolean cents,
      String expected) {
    ReadResult result = ContractJson.reader().read(withVersions(versions, cents));

    assertThat(findings(result)).containsExactly(expected.split(", "));
    assertThat(budgetOf(result)).contains(EuroAmount.ofEuros(12000));
    Finding duplicate = result.report().findings().stream()
        .filter(finding -> finding.code().equals("CLS-JSON-DUPLICATE-MEMBER")).findFirst().orElseThrow();
    assertThat(FindingMessages.message(duplicate, Locale.FRENCH)).isEqualTo("Le champ «\u00a0"
        + duplicate.params().get("member") + "\u00a0» donne la même valeur que «\u00a0" + duplicate.params().get("first")
        + "\u00a0», écrit avant lui\u202f: seule la valeur de «\u00a0" + duplicate.params().get("first")
        + "\u00a0» est lue. Supprimez celui des deux que la version du fichier n’a pas.");
  }

  @Test
  void a_document_without_a_version_lacks_format_version() {
    String json = "{\"id\":\"cls-test\",\"leadArs\":\"84\",\"territory\":{}}";

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-MISSING-MEMBER error - 1:1 member=formatVersion");
    assertThat(result.unreadable()).containsExactly("/formatVersion");
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH)).isEqualTo(
        "Il manque le champ obligatoire «\u00a0formatVersion\u00a0» (la version du format, \"1.1\"\u202f; un fichier "
            + "de version 1.0 écrit \"schemaVersion\": \"1.0\").");
  }

  // ---------------------------------------------------------------------------------------------
  // Names people write, in the members of the document's version.

  /**
   * A document whose version member comes after its sheets, as in canonical order: what
   * « montant » stands for is known only once the version is.
   */
  private static String versionLast(String version, String sheet) {
    return "{\"id\":\"cls-test\",\"status\":\"signed\",\"leadArs\":\"84\",\"territory\":{},"
        + "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\"," + sheet + "}],\"" + versionMember(version) + "\":\""
        + version + "\"}";
  }

  @ParameterizedTest(name = "version first: {0}")
  @CsvSource({"true", "false"})
  void montant_in_a_1_1_document_is_read_as_amount_in_euros(boolean versionFirst) {
    String funding = "\"fundings\":[{\"montant\":12000}]";
    String json = versionFirst
        ? document("1.1", "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\"," + funding + "}]")
        : versionLast("1.1", funding);

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/fundings/0/montant "
        + at(json, "\"montant\"", 0) + " member=montant suggestion=amount readAs=amount");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount())
        .contains(EuroAmount.ofEuros(12000));
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH)).isEqualTo(
        "Le champ «\u00a0montant\u00a0» n’existe pas dans le format des contrats. Vouliez-vous dire «\u00a0amount\u00a0»\u202f? "
            + "Sa valeur est lue comme celle de «\u00a0amount\u00a0».");
  }

  @ParameterizedTest(name = "version first: {0}")
  @CsvSource({"true", "false"})
  void montant_in_a_1_0_document_suggests_amount_cents_and_is_not_read(boolean versionFirst) {
    // In 1.0, amountCents is in cents and « montant » most likely in euros: a reading could be 100 times off.
    String funding = "\"fundings\":[{\"montant\":12000}]";
    String json = versionFirst
        ? document("1.0", "\"status\":\"signed\",\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\"," + funding + "}]")
        : versionLast("1.0", funding);

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly("CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/fundings/0/montant "
        + at(json, "\"montant\"", 0) + " member=montant suggestion=amountCents");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).fundings().get(0).amount()).isEmpty();
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.ENGLISH)).isEqualTo(
        "The field \"montant\" does not exist in the contract format. Did you mean \"amountCents\"?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // The budget under another case, and the planned and actual amounts in French.
    "1.1 | '\"Budget\":12000' | Budget | suggestion=budget readAs=budget",
    "1.0 | '\"Budget\":12000' | Budget | suggestion=budgetCents",
    "1.1 | '\"budgetLines\":[{\"nature\":\"operating\",\"montant prévu\":12000}]' | budgetLines/0/montant prévu "
        + "| suggestion=plannedAmount readAs=plannedAmount",
    "1.0 | '\"budgetLines\":[{\"nature\":\"operating\",\"montant réalisé\":12000}]' | budgetLines/0/montant réalisé "
        + "| suggestion=actualAmountCents",
    // A misspelt member of the other version is not suggested: budgetCents is not a member of 1.1.
    "1.1 | '\"budgetCent\":1200000' | budgetCent | ''",
    "1.0 | '\"budgetCent\":1200000' | budgetCent | suggestion=budgetCents readAs=budgetCents",
  })
  void a_name_people_write_is_suggested_among_the_members_of_the_documents_version(String version, String sheet,
      String member, String params) {
    String json = versionLast(version, sheet);
    String name = member.substring(member.lastIndexOf('/') + 1);

    ReadResult result = ContractJson.reader().read(json);

    assertThat(findings(result)).containsExactly(("CLS-JSON-UNKNOWN-MEMBER error /actionSheets/0/" + member + " "
        + at(json, "\"" + name + "\"", 0) + " member=" + name + " " + params).strip());
  }

  // ---------------------------------------------------------------------------------------------

  /** Reads a document of {@code format-1.1/}, which must give no finding. */
  private static Contract read(String need) {
    ReadResult result = ContractJson.reader().read(DOCUMENTS.resolve(need + ".json"));
    assertThat(result.report().findings()).as(need).isEmpty();
    return result.contract().orElseThrow();
  }

  /** A minimal document of the given version (without status) with more members, on one line. */
  static String document(String version, String members) {
    return "{\"" + versionMember(version) + "\":\"" + version + "\",\"id\":\"cls-test\",\"leadArs\":\"84\","
        + "\"territory\":{}," + members + "}";
  }

  /** The member a document of a version says its version in: 1.0's schemaVersion, formatVersion since. */
  static String versionMember(String version) {
    return version.equals("1.0") ? "schemaVersion" : "formatVersion";
  }

  /** A 1.1 document with one sheet whose budget is written as given. */
  private static String budget(String written) {
    return document("1.1", "\"actionSheets\":[{\"id\":\"fa-1\",\"title\":\"A\",\"budget\":" + written + "}]");
  }

  /**
   * The line and column of a place in a one-line document: {@code offset} characters into the first
   * occurrence of {@code fragment}.
   */
  private static String at(String json, String fragment, int offset) {
    assertThat(json).contains(fragment);
    return "1:" + (json.indexOf(fragment) + offset + 1);
  }

  /** The findings as the corpus writes them: code, severity, pointer, line:column, parameters. */
  private static List<String> findings(ReadResult result) {
    return result.report().findings().stream().map(ReadProblemCorpusTest::describe).collect(Collectors.toList());
  }
}
