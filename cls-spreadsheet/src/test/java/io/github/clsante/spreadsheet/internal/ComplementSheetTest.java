package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.testing.Contracts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The complement sheet: its cells, reading it back, and the exact findings of a damaged one. */
class ComplementSheetTest {

  /** A contract whose JSON text takes three pieces. */
  static final Contract BIG = TemplateChecks.LARGE_PLANS.withAxes(2, 3).withSheetsPerAxis(20, 30).sample(7);

  private static Grid grid(List<CellValue> cells) {
    return new TestGrids.MemoryGrid(List.of(TestGrids.sheet(PlanRows.SHEET, List.of()),
        TestGrids.sheet(ComplementSheet.SHEET_NAME, cells)));
  }

  private static List<CellValue> edit(List<CellValue> cells, int row, int column, UnaryOperator<CellValue> change) {
    List<CellValue> edited = new ArrayList<>();
    for (CellValue cell : cells) {
      if (cell.row() == row && cell.column() == column) {
        CellValue changed = change.apply(cell);
        if (changed != null) {
          edited.add(changed);
        }
      } else {
        edited.add(cell);
      }
    }
    return edited;
  }

  private static CellValue text(int row, int column, String text) {
    return new CellValue(row, column, CellValue.Kind.TEXT, text, null, null, null);
  }

  private static Finding finding(String code, int row, int column, Map<String, String> params) {
    return Finding.builder().code(code).severity(Severity.WARNING).pointer("")
        .cell(CellLocation.of(ComplementSheet.SHEET_NAME, row, column)).putAllParams(params).build();
  }

  @Test
  void writes_the_notice_the_version_the_count_the_digest_and_the_pieces() {
    List<CellValue> cells = ComplementSheet.cells(BIG);
    String json = ContractJson.toCanonicalString(BIG);

    assertThat(json.length()).isGreaterThan(2 * ComplementSheet.PIECE);
    int pieces = (json.length() + ComplementSheet.PIECE - 1) / ComplementSheet.PIECE;
    assertThat(cells).hasSize(4 + pieces);
    assertThat(cells.get(0).text()).startsWith("Cette feuille contient toutes les données du contrat local de santé")
        .contains("Ne la modifiez pas");
    assertThat(cells.get(1)).isEqualTo(text(1, 2, "1"));
    assertThat(cells.get(2).number()).isEqualTo(BigDecimal.valueOf(pieces));
    assertThat(cells.get(3).text()).isEqualTo(ComplementSheet.digest(json)).startsWith("sha256:");
    StringBuilder joined = new StringBuilder();
    for (CellValue piece : cells.subList(4, cells.size())) {
      assertThat(piece.text().length()).isLessThanOrEqualTo(ComplementSheet.PIECE);
      assertThat(piece.column()).isEqualTo(1);
      joined.append(piece.text());
    }
    assertThat(joined.toString()).isEqualTo(json);
    assertThat(ComplementSheet.read(grid(cells))).isEqualTo(new ComplementSheet.Reading(true, java.util.Optional.of(BIG),
        List.of()));
  }

  @Test
  void never_cuts_a_character_in_two() {
    String json = "a".repeat(ComplementSheet.PIECE - 1) + "🙂" + "b";

    List<String> pieces = ComplementSheet.pieces(json);

    assertThat(pieces).containsExactly("a".repeat(ComplementSheet.PIECE - 1), "🙂b");
  }

  @Test
  void a_workbook_without_the_sheet_gives_nothing_and_no_finding() {
    ComplementSheet.Reading reading =
        ComplementSheet.read(new TestGrids.MemoryGrid(List.of(TestGrids.sheet(PlanRows.SHEET, List.of()))));

    assertThat(reading.present()).isFalse();
    assertThat(reading.contract()).isEmpty();
    assertThat(reading.findings()).isEmpty();
  }

  @Test
  void another_version_is_reported_on_b1() {
    List<CellValue> cells = edit(ComplementSheet.cells(BIG), 1, 2, cell -> text(1, 2, "2"));

    ComplementSheet.Reading reading = ComplementSheet.read(grid(cells));

    assertThat(reading.present()).isTrue();
    assertThat(reading.contract()).isEmpty();
    assertThat(reading.findings()).containsExactly(
        finding(ComplementSheet.VERSION, 1, 2, Map.of("found", "2", "expected", "1")));
  }

  @Test
  void a_missing_or_wrong_count_is_reported_on_a2() {
    assertThat(ComplementSheet.read(grid(edit(ComplementSheet.cells(BIG), 2, 1, cell -> null))).findings())
        .containsExactly(finding(ComplementSheet.COUNT, 2, 1, Map.of("found", "")));
    assertThat(ComplementSheet.read(grid(edit(ComplementSheet.cells(BIG), 2, 1, cell -> text(2, 1, "trois"))))
        .findings()).containsExactly(finding(ComplementSheet.COUNT, 2, 1, Map.of("found", "trois")));
    assertThat(ComplementSheet.read(grid(edit(ComplementSheet.cells(BIG), 2, 1,
        cell -> new CellValue(2, 1, CellValue.Kind.NUMBER, "2.5", new BigDecimal("2.5"), null, null)))).findings())
        .containsExactly(finding(ComplementSheet.COUNT, 2, 1, Map.of("found", "2.5")));
  }

  @Test
  void a_count_of_a_million_digits_is_a_wrong_count_read_in_a_moment() {
    String digits = "1".repeat(1_000_000);

    ComplementSheet.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ComplementSheet.read(grid(edit(ComplementSheet.cells(BIG), 2, 1, cell -> text(2, 1, digits)))));

    assertThat(reading.findings()).containsExactly(finding(ComplementSheet.COUNT, 2, 1, Map.of("found", digits)));
  }

  @Test
  void a_count_written_as_text_is_read() {
    List<CellValue> cells = ComplementSheet.cells(BIG);
    String count = cells.get(2).text();

    ComplementSheet.Reading reading = ComplementSheet.read(grid(edit(cells, 2, 1, cell -> text(2, 1, count))));

    assertThat(reading.contract()).contains(BIG);
  }

  @Test
  void each_missing_piece_is_reported_on_its_cell() {
    List<CellValue> cells = ComplementSheet.cells(BIG);
    int count = cells.get(2).number().intValue();
    List<CellValue> damaged = edit(edit(cells, 3, 1, cell -> null), 4, 1,
        cell -> new CellValue(4, 1, CellValue.Kind.NUMBER, "12", BigDecimal.TEN, null, null));

    assertThat(ComplementSheet.read(grid(damaged)).findings()).containsExactly(
        finding(ComplementSheet.MISSING_PIECE, 3, 1, Map.of("piece", "1", "count", Integer.toString(count))),
        finding(ComplementSheet.MISSING_PIECE, 4, 1, Map.of("piece", "2", "count", Integer.toString(count))));
  }

  @Test
  void something_after_the_last_piece_is_reported_on_its_cell() {
    List<CellValue> cells = new ArrayList<>(ComplementSheet.cells(BIG));
    int after = cells.get(cells.size() - 1).row() + 2;
    cells.add(text(after, 3, "ajout"));

    assertThat(ComplementSheet.read(grid(cells)).findings()).containsExactly(
        finding(ComplementSheet.EXTRA_PIECE, after, 3, Map.of("count", cells.get(2).text())));
  }

  @Test
  void a_damaged_piece_is_reported_on_the_piece_where_the_json_breaks() {
    List<CellValue> cells = ComplementSheet.cells(BIG);
    // A control character is wrong anywhere in JSON, inside a text or between values.
    List<CellValue> damaged = edit(cells, 4, 1,
        cell -> text(4, 1, cell.text().substring(0, 100) + "\u0001" + cell.text().substring(101)));

    ComplementSheet.Reading reading = ComplementSheet.read(grid(damaged));

    assertThat(reading.contract()).isEmpty();
    assertThat(reading.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ComplementSheet.INVALID_JSON);
      assertThat(f.cell()).contains(CellLocation.of(ComplementSheet.SHEET_NAME, 4, 1));
      assertThat(f.params()).containsEntry("piece", "2").containsKey("readerCode").containsKey("pointer");
      assertThat(f.params().get("readerCode")).startsWith("CLS-JSON-");
    });
  }

  @Test
  void a_piece_cut_short_is_reported_on_the_last_piece() {
    List<CellValue> cells = ComplementSheet.cells(BIG);
    int last = cells.get(cells.size() - 1).row();
    List<CellValue> damaged = edit(cells, last, 1, cell -> text(last, 1, cell.text().substring(0, cell.text().length() - 5)));

    assertThat(ComplementSheet.read(grid(damaged)).findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ComplementSheet.INVALID_JSON);
      assertThat(f.cell()).contains(CellLocation.of(ComplementSheet.SHEET_NAME, last, 1));
    });
  }

  @Test
  void valid_json_that_is_not_the_exported_one_is_reported_on_the_digest() {
    Contract small = Contracts.valid().withAxes(0, 1).withSheetsPerAxis(0, 3).sample(2);
    List<CellValue> cells = ComplementSheet.cells(small);
    String edited = cells.get(4).text().replace("\"id\":\"" + small.id() + "\"", "\"id\":\"cls-modifie\"");
    assertThat(edited).isNotEqualTo(cells.get(4).text());

    ComplementSheet.Reading reading = ComplementSheet.read(grid(edit(cells, 3, 1, cell -> text(3, 1, edited))));

    assertThat(reading.contract()).isEmpty();
    assertThat(reading.findings()).containsExactly(finding(ComplementSheet.CHANGED, 2, 2, Map.of()));
  }

  @Test
  void every_code_has_a_french_and_an_english_message_and_explanation() {
    ExportMessages messages = new ExportMessages();
    assertThat(messages.codes()).containsExactlyInAnyOrder(ComplementSheet.VERSION, ComplementSheet.COUNT,
        ComplementSheet.MISSING_PIECE, ComplementSheet.EXTRA_PIECE, ComplementSheet.CHANGED,
        ComplementSheet.INVALID_JSON, ComplementSheet.EDITED);
    Finding missing = finding(ComplementSheet.MISSING_PIECE, 3, 1, Map.of("piece", "1", "count", "3"));

    assertThat(FindingMessages.message(missing, Locale.FRENCH)).isEqualTo("Le morceau 1 sur 3 des données de la"
        + " feuille «\u00a0Données CLS\u00a0» manque dans cette cellule\u202f: le plan est lu depuis ses seules lignes,"
        + " sans les données que le modèle ne contient pas. Rétablissez la feuille telle qu’elle a été exportée, ou"
        + " exportez de nouveau le contrat.");
    assertThat(FindingMessages.message(missing, Locale.ENGLISH)).startsWith("Piece 1 of 3 of the data");
    for (String code : messages.codes()) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        Finding any = finding(code, 1, 1, Map.of("found", "x", "expected", "1", "piece", "1", "count", "2"));
        assertThat(messages.message(any, locale)).get().asString().doesNotContain("{", "}");
        assertThat(messages.explanation(code, locale)).get().asString().isNotBlank();
      }
    }
  }
}
