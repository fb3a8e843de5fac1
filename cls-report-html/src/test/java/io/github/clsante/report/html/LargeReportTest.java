package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A contract of 10,000 sheets with 100,000 findings: the page shows {@link
 * HtmlReport#DEFAULT_MAX_FINDINGS_PER_FILE} of them, says how many more there are, and renders in memory
 * that does not grow with the number of findings.
 */
class LargeReportTest {

  static Contract contract(int axes, int sheetsPerAxis) {
    Contract.Builder contract = Contract.builder().id("cls-grand").title("Un très grand contrat")
        .leadArs(Region.HAUTS_DE_FRANCE).territory(Territory.builder().name("Grand territoire").build());
    int number = 1;
    for (int a = 0; a < axes; a++) {
      Axis.Builder axis = Axis.builder().id("a" + a).number(Integer.toString(a + 1)).title("Axe numéro " + (a + 1));
      for (int s = 0; s < sheetsPerAxis; s++, number++) {
        axis.addActionSheets(ActionSheet.builder().id("s" + number).number(Integer.toString(number))
            .title("Fiche numéro " + number).build());
      }
      contract.addAxes(axis.build());
    }
    return contract.build();
  }

  /** The contract's report, completed with findings of the source up to {@code total}, located in the source. */
  static ReportedFile file(Contract contract, byte[] source, int total) {
    int lines = (int) new String(source, StandardCharsets.UTF_8).lines().count();
    int ruleFindings = ContractValidator.standard().validate(contract).findings().size();
    List<Finding> added = new ArrayList<>();
    for (int i = 0; added.size() + ruleFindings < total; i++) {
      added.add(Finding.builder().code("CLS-JSON-UNKNOWN-MEMBER").severity(Severity.ERROR)
          .pointer("/axes/" + (i % 100) + "/actionSheets/" + (i / 100 % 100) + "/extra" + i)
          .location(SourceLocation.of(1 + i % lines, 5)).putParam("member", "extra" + i).build());
    }
    // A validator lists 10,000 findings by default: the page's own limit is tested on a report of them all.
    ValidationReport report = ContractValidator.builder().maxFindings(Integer.MAX_VALUE).build()
        .validate(contract, Report.of(added), finding -> finding);
    return ReportedFile.of("grand.json", report).withSource(source).withContract(contract);
  }

  /** Counts what is written, keeps nothing. */
  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /**
   * What the current thread allocated so far, from the JDK's {@code com.sun.management.ThreadMXBean}
   * (reached reflectively: the module under test does not read {@code jdk.management}, which Surefire
   * adds with {@code --add-modules}).
   */
  static long allocated() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
          .invoke(null);
      return (Long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes")
          .invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JDK does not count allocations per thread", e);
    }
  }

  static long allocatedWhileRendering(HtmlReport report) throws IOException {
    long before = allocated();
    Counting out = new Counting();
    report.render(out);
    long allocated = allocated() - before;
    assertThat(out.bytes).isLessThan(4_000_000);
    return allocated;
  }

  @Test
  void a_report_of_10000_sheets_and_100000_findings_shows_the_first_ones_and_says_how_many_more() throws IOException {
    Contract contract = contract(100, 100);
    assertThat(contract.allActionSheets()).hasSize(10_000);
    byte[] source = ContractJson.toPrettyString(contract).getBytes(StandardCharsets.UTF_8);
    ReportedFile file = file(contract, source, 100_000);
    assertThat(file.report().findings()).hasSize(100_000);
    HtmlReport report = HtmlReport.builder().addFile(file).build();

    long large = allocatedWhileRendering(report);
    long small = allocatedWhileRendering(HtmlReport.builder().addFile(file(contract, source, 30_000)).build());
    // The findings past the limit cost no memory of their own: 70,000 more add less than a fifth.
    assertThat(large).isLessThan(small + small / 5);
    assertThat(large).isLessThan(200_000_000L);

    Document page = Jsoup.parse(report.toHtml());
    assertThat(page.select("div.finding")).hasSize(HtmlReport.DEFAULT_MAX_FINDINGS_PER_FILE);
    assertThat(page.select("div.finding.error")).hasSize(HtmlReport.DEFAULT_MAX_FINDINGS_PER_FILE);
    int errors = file.report().countsBySeverity().get(Severity.ERROR);
    assertThat(SeedAndBrokenPagesTest.words(page.select("h4#file-1-error").text()))
        .isEqualTo("Erreurs (1 000 sur " + SeedAndBrokenPagesTest.words(Texts.of(Locale.FRENCH).number(errors)) + ")");
    assertThat(SeedAndBrokenPagesTest.words(page.select("p.cutnote").text())).startsWith("99 000 autres constats ne sont"
        + " pas affichés : la page en montre au plus 1 000 par fichier, les erreurs d’abord.");
    assertThat(SeedAndBrokenPagesTest.words(page.select("table.completeness tbody tr").first().text()))
        .isEqualTo("Pilote 0 % 0 sur 10 000");
    assertThat(page.select("ol.next li")).hasSize(Completeness.NAMED);
  }

  @Test
  void the_limit_is_the_builders() {
    Contract contract = contract(2, 3);
    byte[] source = ContractJson.toPrettyString(contract).getBytes(StandardCharsets.UTF_8);
    ReportedFile file = file(contract, source, 40);
    Document page = Jsoup.parse(HtmlReport.builder().maxFindingsPerFile(7).locale(Locale.ENGLISH).addFile(file)
        .build().toHtml());
    assertThat(page.select("div.finding")).hasSize(7);
    assertThat(page.select("p.cutnote").text()).startsWith("33 more findings are not shown: the page shows at most 7");
  }
  @Test
  void a_report_the_validator_cut_says_its_json_gives_the_findings_it_lists_not_all() {
    StringBuilder json = new StringBuilder("{\"formatVersion\":\"1.1\",\"id\":\"cls-test\",\"title\":\"T\","
        + "\"leadArs\":\"24\",\"territory\":{}");
    for (int i = 0; i < 60; i++) {
      json.append(",\"inconnu").append(i).append("\":").append(i);
    }
    byte[] source = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    ValidationReport cut = ContractValidator.builder().maxFindings(20).build().validate(source);
    assertThat(cut.findings()).hasSize(21);
    Document page = Jsoup.parse(HtmlReport.builder().maxFindingsPerFile(7).addFile(ReportedFile.of("trop.json", cut)
        .withSource(source)).build().toHtml());
    assertThat(page.select("div.finding")).hasSize(7);
    assertThat(SeedAndBrokenPagesTest.words(page.select("p.cutnote").text())).isEqualTo("14 autres constats ne sont pas"
        + " affichés : la page en montre au plus 7 par fichier, les erreurs d’abord. Le rapport JSON (cls validate"
        + " --format json) donne les 20 constats que ce rapport liste.");
    Document english = Jsoup.parse(HtmlReport.builder().maxFindingsPerFile(7).locale(Locale.ENGLISH)
        .addFile(ReportedFile.of("trop.json", cut).withSource(source)).build().toHtml());
    assertThat(english.select("p.cutnote").text()).isEqualTo("14 more findings are not shown: the page shows at most 7"
        + " per file, errors first. The JSON report (cls validate --format json) gives the 20 findings this report lists.");
  }
}
