package io.github.clsante.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.territory.Region;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of regional rules ({@link CentreValDeLoireRules}) and of a configured validator
 * ({@link RegionalValidation}) on the Agglopolys seed, a contract the ARS Centre-Val de Loire leads:
 * each finding whole (code, severity, pointer, line:column, parameters), its French message, a
 * severity override and a rule disabled.
 */
class CentreValDeLoireRulesTest {

  private static final Path AGGLOPOLYS = SeedFilesTest.FILES.resolve("agglopolys.json");
  private static final String FIFTH_MESSAGE = "La fiche 5 relève d’un axe de santé mentale mais ne nomme aucun "
      + "partenaire\u202f: l’ARS Centre-Val de Loire demande que chaque action de santé mentale cite ses partenaires "
      + "(conseil local de santé mentale, projet territorial de santé mentale, associations d’usagers et de "
      + "familles). Ajoutez-les aux partenaires de la fiche.";

  private static String line(Finding f) {
    return f.code() + " " + f.severity().code() + " " + f.pointer() + " "
        + f.location().map(l -> l.line() + ":" + l.column()).orElse("?") + " " + new TreeMap<>(f.params());
  }

  private static List<String> regional(ValidationReport report) {
    return report.findings().stream().filter(f -> f.code().startsWith("ARS-CVL-")).map(CentreValDeLoireRulesTest::line)
        .collect(Collectors.toList());
  }

  /** The column of a sheet's title in the canonical file, found in the text. */
  private static int titleColumn(String text, int sheet) {
    int start = text.indexOf("{\"id\":\"fa-" + sheet + "\"");
    return text.codePointCount(0, text.indexOf("\"title\":\"", start) + "\"title\":".length()) + 1;
  }

  @Test
  void agglopolys_mental_health_sheets_name_no_partner_and_three_titles_are_long() throws IOException {
    ValidationReport report = ContractValidator.builder().addRule(new CentreValDeLoireRules()).build()
        .validate(AGGLOPOLYS);

    String text = Files.readString(AGGLOPOLYS, StandardCharsets.UTF_8);
    Contract contract = SeedContracts.agglopolys();
    String title4 = contract.axes().get(1).actionSheets().get(0).title();
    String title13 = contract.axes().get(3).actionSheets().get(0).title();
    String title18 = contract.axes().get(4).actionSheets().get(0).title();
    // Axe 2 « FAVORISER LE BIEN-ÊTRE DE TOUS ET LA SANTE MENTALE » holds sheets 4 to 7, none with partners.
    assertThat(regional(report)).containsExactly(
        "ARS-CVL-MENTAL-HEALTH-PARTNER warning /axes/1/actionSheets/0 1:823 {sheet=4}",
        "ARS-CVL-SHEET-TITLE-LONG info /axes/1/actionSheets/0/title 1:" + titleColumn(text, 4)
            + " {max=150, min=0, value=" + title4 + "}",
        "ARS-CVL-MENTAL-HEALTH-PARTNER warning /axes/1/actionSheets/1 1:1317 {sheet=5}",
        "ARS-CVL-MENTAL-HEALTH-PARTNER warning /axes/1/actionSheets/2 1:1501 {sheet=6}",
        "ARS-CVL-MENTAL-HEALTH-PARTNER warning /axes/1/actionSheets/3 1:1912 {sheet=7}",
        "ARS-CVL-SHEET-TITLE-LONG info /axes/3/actionSheets/0/title 1:" + titleColumn(text, 13)
            + " {max=150, min=0, value=" + title13 + "}",
        "ARS-CVL-SHEET-TITLE-LONG info /axes/4/actionSheets/0/title 1:" + titleColumn(text, 18)
            + " {max=150, min=0, value=" + title18 + "}");
    assertThat(title4).hasSize(158);
    assertThat(title13).hasSize(174);
    assertThat(title18).hasSize(224);

    Finding fifth = report.findings().stream().filter(f -> f.pointer().equals("/axes/1/actionSheets/1")
        && f.code().equals(CentreValDeLoireRules.MENTAL_HEALTH_PARTNER)).findFirst().orElseThrow();
    assertThat(FindingMessages.message(fifth, Locale.FRENCH)).isEqualTo(FIFTH_MESSAGE);
    assertThat(FindingMessages.message(fifth, Locale.ENGLISH)).startsWith("Sheet 5 belongs to a mental-health axis "
        + "but names no partner: ");
    Finding title = report.findings().stream().filter(f -> f.code().equals(CentreValDeLoireRules.SHEET_TITLE_LONG))
        .findFirst().orElseThrow();
    assertThat(FindingMessages.message(title, Locale.FRENCH)).isEqualTo("Le titre de cette fiche dépasse 150 "
        + "caractères\u202f: l’ARS Centre-Val de Loire reprend les titres tels quels dans ses tableaux de suivi. Gardez "
        + "un intitulé court et mettez le détail dans la description de la fiche.");
    // Warnings and an information: the contract stays valid.
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void the_mental_health_rule_leaves_the_contracts_of_other_ars_alone() {
    Contract elsewhere = SeedContracts.agglopolys().withLeadArs(Region.NORMANDIE);

    ValidationReport report = ContractValidator.builder().addRule(new CentreValDeLoireRules()).build()
        .validate(elsewhere);

    assertThat(report.findings()).extracting(Finding::code).doesNotContain(CentreValDeLoireRules.MENTAL_HEALTH_PARTNER)
        .contains(CentreValDeLoireRules.SHEET_TITLE_LONG);
  }

  @Test
  void the_regional_validator_treats_a_sheet_without_indicator_as_an_error() {
    List<String> lines = RegionalValidation.run(AGGLOPOLYS);

    assertThat(lines.stream().filter(l -> l.startsWith("CLS-SHEET-NO-INDICATOR "))).hasSize(19)
        .allMatch(l -> l.startsWith("CLS-SHEET-NO-INDICATOR error /axes/"));
    assertThat(lines).contains("CLS-SHEET-NO-INDICATOR error /axes/1/actionSheets/1 1:1317 Aucun indicateur "
        + "d’évaluation n’est indiqué pour cette fiche action.",
        "ARS-CVL-MENTAL-HEALTH-PARTNER warning /axes/1/actionSheets/1 1:1317 " + FIFTH_MESSAGE);
    assertThat(lines).hasSize(19 + 4 + 3);
    assertThat(ContractValidator.standard().validate(AGGLOPOLYS).findings())
        .allMatch(f -> f.severity() == io.github.clsante.model.report.Severity.WARNING);
  }

  @Test
  void the_regional_validator_does_not_report_a_late_signature(@TempDir Path directory) throws IOException {
    // Agglopolys' period starts in 2022: signed in June 2024, more than a year later.
    Contract late = SeedContracts.agglopolys().withSignatureDate(PartialDate.of(2024, 6, 3));
    Path file = directory.resolve("agglopolys-late.json");
    Files.write(file, ContractJson.toCanonicalBytes(late));

    assertThat(ContractValidator.standard().validate(file).findings()).extracting(Finding::code)
        .contains("CLS-CONTRACT-SIGNED-LATE");
    assertThat(RegionalValidation.run(file)).noneMatch(l -> l.startsWith("CLS-CONTRACT-SIGNED-LATE"))
        .hasSize(19 + 4 + 3);
  }

  @Test
  void rules_md_shows_the_compiled_snippet_character_for_character() throws IOException {
    Path source = Path.of("src/main/java/io/github/clsante/examples/RegionalValidation.java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    String body = text.substring(text.indexOf("// RULES-START\n") + "// RULES-START\n".length(),
        text.indexOf("    // RULES-END"));
    String snippet = body.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n", "", "\n"));

    assertThat(snippet).startsWith("ContractValidator validator = ContractValidator.builder()\n");
    assertThat(Files.readString(Path.of("../cls-validation/RULES.md"), StandardCharsets.UTF_8))
        .contains("```java\n" + snippet + "```");
  }
}
