package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A configured validator ({@link ContractValidator#builder()}): rules of one's own in code and as
 * Jakarta constraints, rules disabled and re-graded, in the same report as the standard rules' and
 * located the same way; every mistake in the configuration refused when the validator is built, with
 * its exact message.
 */
class ContractValidatorBuilderTest {

  /** Where each of Agglopolys' 19 sheets starts in its canonical file, and its pointer. */
  private static final int[] SHEET_COLUMNS = {81, 199, 588, 823, 1317, 1501, 1912, 2248, 2439, 2642, 2846, 3065,
      3490, 3837, 4004, 4219, 4415, 4742, 5263};
  private static final int[] SHEETS_PER_AXIS = {3, 4, 5, 5, 2};
  /** The sheets of Agglopolys whose pilots include neither Agglopolys nor the ARS, its two signatories. */
  private static final List<Integer> WITHOUT_SIGNATORY_PILOT = List.of(1, 2, 5, 8, 10, 14, 16, 17);

  private static String line(Finding f) {
    return f.code() + " " + f.severity().code() + " " + (f.pointer().isEmpty() ? "-" : f.pointer())
        + " " + f.location().map(l -> l.line() + ":" + l.column()).orElse("?") + " " + new TreeMap<>(f.params());
  }

  private static List<String> lines(ValidationReport report) {
    return report.findings().stream().map(ContractValidatorBuilderTest::line).collect(Collectors.toList());
  }

  private static String sheetPointer(int number) {
    int n = number - 1;
    for (int axis = 0; axis < SHEETS_PER_AXIS.length; axis++) {
      if (n < SHEETS_PER_AXIS[axis]) {
        return "/axes/" + axis + "/actionSheets/" + n;
      }
      n -= SHEETS_PER_AXIS[axis];
    }
    throw new IllegalArgumentException("no sheet " + number);
  }

  @Test
  void a_rule_added_reports_beside_the_standard_ones_sorted_and_located_and_a_warning_turned_into_an_error() {
    ContractValidator validator = ContractValidator.builder()
        .addRule(new TestRules.PilotSignatory())
        .severity(Rule.SHEET_NO_INDICATOR, Severity.ERROR)
        .build();

    ValidationReport report = validator.validate(Seeds.json("agglopolys"));

    List<String> expected = new ArrayList<>();
    for (int number = 1; number <= 19; number++) {
      String at = sheetPointer(number) + " 1:" + SHEET_COLUMNS[number - 1];
      expected.add("CLS-SHEET-NO-INDICATOR error " + at + " {}");
      if (WITHOUT_SIGNATORY_PILOT.contains(number)) {
        expected.add("TEST-SHEET-PILOT-NOT-SIGNATORY warning " + at + " {sheet=" + number + "}");
      }
    }
    assertThat(lines(report)).containsExactlyElementsOf(expected);
    assertThat(report.isValid()).isFalse();
    assertThat(report.digest()).isEqualTo(ContractValidator.standard().validate(Seeds.json("agglopolys")).digest());
  }

  @Test
  void the_messages_of_a_rule_added_render_in_french_and_english_and_in_the_json_form() throws Exception {
    ValidationReport report = ContractValidator.builder().addRule(new TestRules.PilotSignatory()).build()
        .validate(Seeds.json("agglopolys"));
    Finding fifth = report.findings().stream()
        .filter(f -> f.code().equals(TestRules.PilotSignatory.CODE) && f.pointer().equals("/axes/1/actionSheets/1"))
        .findFirst().orElseThrow();

    assertThat(FindingMessages.message(fifth, Locale.FRENCH))
        .isEqualTo("Aucun pilote de la fiche 5 n’est signataire du contrat.");
    assertThat(FindingMessages.message(fifth, Locale.ENGLISH)).isEqualTo("No pilot of sheet 5 signs the contract.");
    assertThat(report.place(fifth, Locale.FRENCH)).contains("Axe 2 › Fiche 5 «\u00a0Sensibiliser le grand public à "
        + "la santé…\u00a0»");

    JsonNode json = JsonMapper.builder().build().readTree(report.toJson(Locale.FRENCH));
    JsonNode found = null;
    for (JsonNode finding : json.get("findings")) {
      if (finding.get("code").asString().equals(TestRules.PilotSignatory.CODE)
          && finding.get("pointer").asString().equals("/axes/1/actionSheets/1")) {
        found = finding;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.get("message").asString()).isEqualTo("Aucun pilote de la fiche 5 n’est signataire du contrat.");
    assertThat(found.get("severity").asString()).isEqualTo("warning");
    assertThat(found.get("line").asInt()).isEqualTo(1);
    assertThat(found.get("column").asInt()).isEqualTo(1317);
    assertThat(json.get("summary").get("warning").asInt()).isEqualTo(19 + WITHOUT_SIGNATORY_PILOT.size());
  }

  @Test
  void constraints_built_in_and_of_ones_own_report_at_the_value_refused_with_its_location() {
    ValidationReport report = ContractValidator.builder().addRule(new TestRules.Constraints()).build()
        .validate(Seeds.json("agglopolys"));

    // Every axis title of Agglopolys is in capitals; three sheet titles are longer than 150 characters.
    List<String> own = lines(report).stream().filter(line -> line.startsWith("TEST-")).collect(Collectors.toList());
    Contract agglopolys = Seeds.contract("agglopolys");
    assertThat(own).containsExactly(
        "TEST-AXIS-TITLE-CAPITALS warning /axes/0/title 1:779 {value=VIEILLIR EN BONNE SANTE}",
        "TEST-SHEET-TITLE-LONG info /axes/1/actionSheets/0/title 1:" + titleColumn(4) + " {max=150, min=0, value="
            + agglopolys.axes().get(1).actionSheets().get(0).title() + "}",
        "TEST-AXIS-TITLE-CAPITALS warning /axes/1/title 1:2177 {value=FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE}",
        "TEST-AXIS-TITLE-CAPITALS warning /axes/2/title 1:3418 {value=AGIR SUR LES DETERMINANTS DE SANTE DE LA POPULATION}",
        "TEST-SHEET-TITLE-LONG info /axes/3/actionSheets/0/title 1:" + titleColumn(13) + " {max=150, min=0, value="
            + agglopolys.axes().get(3).actionSheets().get(0).title() + "}",
        "TEST-AXIS-TITLE-CAPITALS warning /axes/3/title 1:4666 {value=FACILITER UN ACCES AUX SOINS AU PLUS PRES DES HABITANTS}",
        "TEST-SHEET-TITLE-LONG info /axes/4/actionSheets/0/title 1:" + titleColumn(18) + " {max=150, min=0, value="
            + agglopolys.axes().get(4).actionSheets().get(0).title() + "}",
        "TEST-AXIS-TITLE-CAPITALS warning /axes/4/title 1:5457 {value=COMMUNIQUER POUR UNE MEILLEURE COORDINATION DES ACTEURS}");
    // The standard findings are the standard validator's.
    assertThat(lines(report).stream().filter(line -> !line.startsWith("TEST-")))
        .containsExactlyElementsOf(lines(ContractValidator.standard().validate(Seeds.json("agglopolys"))));
    Finding title = report.findings().stream().filter(f -> f.code().equals(TestRules.Constraints.TITLE)).findFirst()
        .orElseThrow();
    assertThat(FindingMessages.message(title, Locale.FRENCH)).isEqualTo("Le titre de cette fiche dépasse 150 caractères.");
  }

  /** The column of a sheet's title in Agglopolys' canonical file, found in the text itself. */
  private static int titleColumn(int sheet) {
    String text = new String(Seeds.json("agglopolys"), java.nio.charset.StandardCharsets.UTF_8);
    int start = text.indexOf("{\"id\":\"fa-" + sheet + "\"");
    return text.codePointCount(0, text.indexOf("\"title\":\"", start) + "\"title\":".length()) + 1;
  }

  @Test
  void a_pattern_constraint_on_a_contract_in_memory_points_at_the_value_with_the_constraints_attributes() {
    Contract contract = contract(Party.builder().id("Ville de Blois").name("Ville de Blois").kind(PartyKind.COMMUNE)
        .build());

    ValidationReport report = ContractValidator.builder().addRule(new TestRules.Constraints()).build()
        .validate(contract);

    assertThat(lines(report).stream().filter(line -> line.startsWith("TEST-")))
        .containsExactly("TEST-PARTY-ID-FORM error /parties/0/id ? {regexp=[a-z0-9-]+, value=Ville de Blois}");
    assertThat(report.isValid()).isFalse();
    Finding id = report.findings().stream().filter(f -> f.code().equals(TestRules.Constraints.PARTY_ID))
        .findFirst().orElseThrow();
    assertThat(FindingMessages.message(id, Locale.FRENCH))
        .isEqualTo("L’identifiant « Ville de Blois » ne suit pas la forme [a-z0-9-]+.");
  }

  private static Contract contract(Party party) {
    return Contract.builder().id("cls-test").status(ContractStatus.IN_PREPARATION)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().addRegions(Region.CENTRE_VAL_DE_LOIRE).build())
        .addParty(party)
        .addAxis(Axis.builder().id("axe-1").title("Vieillir en bonne santé")
            .addActionSheet(ActionSheet.builder().id("fa-1").title("Promouvoir le répit des aidants")
                .addPilots(PartyRef.to(party.id())).build())
            .build())
        .addSignatory(Signatory.builder().party(PartyRef.to(party.id())).build())
        .build();
  }

  @Test
  void a_standard_rule_disabled_reports_nothing_and_the_others_still_do() {
    ContractValidator validator = ContractValidator.builder().disable(Rule.SHEET_NO_INDICATOR)
        .addRule(new TestRules.PilotSignatory()).build();

    ValidationReport report = validator.validate(Seeds.json("agglopolys"));

    assertThat(report.findings()).extracting(Finding::code).containsOnly(TestRules.PilotSignatory.CODE)
        .hasSize(WITHOUT_SIGNATORY_PILOT.size());
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void a_rule_added_can_be_disabled_or_re_graded_by_its_code() {
    ContractValidator disabled = ContractValidator.builder().addRule(new TestRules.PilotSignatory())
        .disable(TestRules.PilotSignatory.CODE).build();
    ContractValidator regraded = ContractValidator.builder().addRule(new TestRules.PilotSignatory())
        .severity(TestRules.PilotSignatory.CODE, Severity.ERROR).build();

    assertThat(lines(disabled.validate(Seeds.json("agglopolys"))))
        .containsExactlyElementsOf(lines(ContractValidator.standard().validate(Seeds.json("agglopolys"))));
    assertThat(regraded.validate(Seeds.json("agglopolys")).findings().stream()
        .filter(f -> f.code().equals(TestRules.PilotSignatory.CODE)).map(Finding::severity))
        .hasSize(WITHOUT_SIGNATORY_PILOT.size()).containsOnly(Severity.ERROR);
  }

  @Test
  void a_field_rule_checked_by_hibernate_validator_is_disabled_and_re_graded_too() {
    Contract contract = contract(Party.builder().id("ville").name("Ville").departement("4l").build());
    String idDepartement = "CLS-ID-DEPARTEMENT error /parties/0/departement ?";
    assertThat(lines(ContractValidator.standard().validate(contract))).anyMatch(l -> l.startsWith(idDepartement));

    assertThat(lines(ContractValidator.builder().disable(Rule.ID_DEPARTEMENT).build().validate(contract)))
        .noneMatch(l -> l.startsWith("CLS-ID-DEPARTEMENT"));
    assertThat(lines(ContractValidator.builder().severity(Rule.ID_DEPARTEMENT, Severity.INFO).build()
        .validate(contract))).anyMatch(l -> l.startsWith("CLS-ID-DEPARTEMENT info /parties/0/departement ?"));
  }

  @Test
  void the_context_gives_the_indexes_of_the_walk_and_the_locations_of_the_file() {
    List<String> seen = new ArrayList<>();
    ContractRule probe = TestRules.probe(context -> {
      seen.add(context.contract().id());
      seen.add(context.partiesById().get("cpts-la-salamandre").name());
      seen.add(context.sheets().size() + " sheets");
      RuleContext.Sheet fifth = context.sheets().get(4);
      seen.add(fifth.pointer() + " " + fifth.axis().map(Axis::id).orElse("-") + " " + fifth.subAction());
      seen.add(String.valueOf(context.locationOf(fifth.pointer()).map(SourceLocation::column).orElse(0)));
      seen.add(String.valueOf(context.intact("/axes/*/actionSheets")));
    });

    ContractValidator.builder().addRule(probe).build().validate(Seeds.json("agglopolys"));
    ContractValidator.builder().addRule(probe).build().validate(Seeds.contract("agglopolys"));

    assertThat(seen).containsExactly(
        "cls-agglopolys-2022-2027", "CPTS La Salamandre", "19 sheets", "/axes/1/actionSheets/1 axe-2 false", "1317",
        "true",
        "cls-agglopolys-2022-2027", "CPTS La Salamandre", "19 sheets", "/axes/1/actionSheets/1 axe-2 false", "0",
        "true");
  }

  @Test
  void a_finding_of_a_code_no_rule_added_declares_is_refused() {
    ContractRule stray = new Declaring(Map.of("TEST-SHEET-PILOT-NOT-SIGNATORY", Severity.INFO), TestRules.MESSAGES) {
      @Override
      public void check(RuleContext context) {
        context.report("TEST-UNDECLARED", "");
      }
    };
    ContractValidator validator = ContractValidator.builder().addRule(stray).build();

    assertThatThrownBy(() -> validator.validate(Seeds.contract("agglopolys")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule added to the validator declares the code TEST-UNDECLARED");
  }

  @Test
  void an_unknown_code_disabled_or_re_graded_is_refused_with_the_code_it_likely_means() {
    assertThatThrownBy(() -> ContractValidator.builder().disable("CLS-SHEET-NO-INDICATR").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the code CLS-SHEET-NO-INDICATR; did you mean CLS-SHEET-NO-INDICATOR?");
    assertThatThrownBy(() -> ContractValidator.builder().severity("ARS-NOTHING", Severity.ERROR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the code ARS-NOTHING");
    assertThatThrownBy(() -> ContractValidator.builder().addRule(new TestRules.PilotSignatory())
        .disable("TEST-SHEET-PILOT-NOT-SIGNATORI").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the code TEST-SHEET-PILOT-NOT-SIGNATORI; did you mean TEST-SHEET-PILOT-NOT-SIGNATORY?");
  }

  @Test
  void a_problem_of_reading_the_file_is_not_a_rule() {
    assertThatThrownBy(() -> ContractValidator.builder().disable("CLS-JSON-UNKNOWN-CODE").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CLS-JSON-UNKNOWN-CODE is a problem of reading the file, not a rule: it can be neither disabled "
            + "nor re-graded");
  }

  /** A rule that declares what it is given. */
  static class Declaring implements ContractRule {
    private final Map<String, Severity> codes;
    private final MessageCatalog messages;

    Declaring(Map<String, Severity> codes, MessageCatalog messages) {
      this.codes = codes;
      this.messages = messages;
    }

    @Override
    public Map<String, Severity> codes() {
      return codes;
    }

    @Override
    public MessageCatalog messages() {
      return messages;
    }
  }

  static final String DECLARING = Declaring.class.getName();

  @Test
  void a_rule_added_may_not_declare_a_code_of_the_sdk() {
    assertThatThrownBy(() -> ContractValidator.builder()
        .addRule(new Declaring(Map.of("CLS-SHEET-TITLE-LONG", Severity.INFO), TestRules.MESSAGES)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(DECLARING + " declares CLS-SHEET-TITLE-LONG: codes beginning with CLS- are the SDK's; name a rule "
            + "of one's own after its owner (ARS-BRE-…)");
  }

  @Test
  void two_rules_may_not_declare_the_same_code_nor_one_rule_be_added_twice() {
    ContractRule rule = new TestRules.PilotSignatory();
    assertThatThrownBy(() -> ContractValidator.builder().addRule(rule)
        .addRule(new Declaring(Map.of(TestRules.PilotSignatory.CODE, Severity.INFO), TestRules.MESSAGES)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rules added declare TEST-SHEET-PILOT-NOT-SIGNATORY: " + TestRules.PilotSignatory.class.getName()
            + " and " + DECLARING);
    assertThatThrownBy(() -> ContractValidator.builder().addRule(rule).addRule(rule).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(TestRules.PilotSignatory.class.getName()
            + " is added twice: its code TEST-SHEET-PILOT-NOT-SIGNATORY would be reported twice");
  }

  @Test
  void a_code_needs_a_french_and_an_english_message() {
    MessageCatalog partial = new MessageCatalog(name -> TestRules.class.getResourceAsStream(name),
        "test-rules-partial");
    assertThatThrownBy(() -> ContractValidator.builder()
        .addRule(new Declaring(Map.of("TEST-SHEET-PILOT-NOT-SIGNATORY", Severity.INFO), partial)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(DECLARING + " declares TEST-SHEET-PILOT-NOT-SIGNATORY but its catalogue has no French message "
            + "for it");
    assertThatThrownBy(() -> ContractValidator.builder()
        .addRule(new Declaring(Map.of("TEST-FRENCH-ONLY", Severity.INFO), partial)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(DECLARING + " declares TEST-FRENCH-ONLY but its catalogue has no English message for it");
  }

  @Test
  void a_code_is_upper_case_words_joined_by_dashes_and_a_rule_declares_at_least_one() {
    assertThatThrownBy(() -> ContractValidator.builder()
        .addRule(new Declaring(Map.of("ars-bre-title", Severity.INFO), TestRules.MESSAGES)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(DECLARING + " declares ars-bre-title: a code is upper-case words and digits joined by dashes "
            + "(ARS-BRE-PILOT)");
    assertThatThrownBy(() -> ContractValidator.builder().addRule(new Declaring(Map.of(), TestRules.MESSAGES)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(DECLARING + " declares no code");
  }

  @Test
  void a_constraints_message_must_be_a_code_the_rule_declares() {
    ContractRule wrong = new Declaring(Map.of(TestRules.Constraints.TITLE, Severity.INFO), TestRules.MESSAGES) {
      @Override
      public void constrain(ConstraintMapping mapping) {
        mapping.type(ActionSheet.class).getter("title").constraint(new SizeDef().max(150).message("TEST-TITEL"));
      }
    };
    assertThatThrownBy(() -> ContractValidator.builder().addRule(wrong).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a constraint's message must be the code of its finding, one of [TEST-SHEET-TITLE-LONG]: "
            + "@Size on ActionSheet.title has the message TEST-TITEL");
  }

  @Test
  void two_rules_may_constrain_the_same_type_each_reporting_its_own() {
    ContractRule other = new Declaring(Map.of("TEST-OTHER-TITLE", Severity.INFO), TestRules.MESSAGES) {
      @Override
      public void constrain(ConstraintMapping mapping) {
        mapping.type(ActionSheet.class).getter("title").constraint(new SizeDef().max(40).message("TEST-OTHER-TITLE"));
      }
    };
    ValidationReport report = ContractValidator.builder().addRule(new TestRules.Constraints()).addRule(other).build()
        .validate(Seeds.contract("agglopolys"));

    // Sheet 4's title is longer than 150 characters, hence than 40; sheet 1's « Promouvoir l’aide au
    // répit des aidants » (38) is not.
    assertThat(lines(report)).contains(
        "TEST-SHEET-TITLE-LONG info /axes/1/actionSheets/0/title ? {max=150, min=0, value="
            + Seeds.contract("agglopolys").axes().get(1).actionSheets().get(0).title() + "}",
        "TEST-OTHER-TITLE info /axes/1/actionSheets/0/title ? {max=40, min=0, value="
            + Seeds.contract("agglopolys").axes().get(1).actionSheets().get(0).title() + "}");
    assertThat(lines(report)).noneMatch(line -> line.startsWith("TEST-OTHER-TITLE info /axes/0/actionSheets/0/"));
    assertThat(report.findings().stream().filter(f -> f.code().equals("TEST-OTHER-TITLE"))).hasSize(18);
  }

  @Test
  void the_standard_validator_is_one_and_a_builder_without_configuration_validates_as_it_does() {
    assertThat(ContractValidator.standard()).isSameAs(ContractValidator.standard());
    for (String seed : Seeds.NAMES) {
      assertThat(lines(ContractValidator.builder().build().validate(Seeds.json(seed))))
          .containsExactlyElementsOf(lines(ContractValidator.standard().validate(Seeds.json(seed))));
    }
  }
}
