package io.github.clsante.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FollowUpNote;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.ObjectiveLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.Period;
import io.github.clsante.model.Priority;
import io.github.clsante.model.SheetStatus;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cells the export writes, in the exact forms of the mapping, and the comparison with a plan read. */
class PlanRowsTest {

  static final Party CPAM = Party.builder().id("p-cpam").name("CPAM (Loir-et-Cher, 41)").build();
  static final Party VILLE = Party.builder().id("p-ville").name("Ville de Blois").build();

  static final ActionSheet FICHE = ActionSheet.builder()
      .id("fa-1").label("Action").number("1.1.1.1").title("Prévenir l’obésité « infantile »")
      .description("Ligne 1\nLigne 2")
      .putExtension(PlanRows.EXT_GOVERNANCE, "\"Le CODIR\\nLe COTECH\"")
      .generalObjective("Réduire").addSpecificObjectives("Informer", "Former").addOperationalObjectives("Agir")
      .addIndicators(Indicator.builder().id("ind-1").name("Taux A").build(),
          Indicator.builder().id("ind-2").name("Taux B").build())
      .addPilots(PartyRef.to("p-cpam"), PartyRef.builder().partyId("p-ville").asWritten("VILLE DE BLOIS").build())
      .humanResources("2 ETP")
      .addPartners(PartyRef.to("p-ville"))
      .addPilotServices("Service santé", "Service social")
      .putExtension(PlanRows.EXT_PILOT_PERSON, "\"Marie PAUL\"")
      .addElectedReferents(Person.builder().name("Renée CHARLES").build(), Person.builder().function("Maire").build(),
          Person.builder().name("Dominique TRELLE").build())
      .citizenParticipation(CitizenParticipation.builder().level(ParticipationLevel.CO_CONSTRUCTION).build())
      .putExtension(PlanRows.EXT_FUNDINGS, "\"- Métropole\"")
      .addFundings(Funding.builder().financer(PartyRef.to("p-cpam")).amount(EuroAmount.ofEuros(50000)).build(),
          Funding.builder().amount(EuroAmount.ofCents(1550)).build(),
          Funding.builder().financer(PartyRef.to("p-ville")).build(),
          Funding.builder().financer(PartyRef.to("p-cpam")).amount(EuroAmount.ofEuros(9)).build())
      .budget(EuroAmount.ofEuros(124566))
      .status(SheetStatus.BLOCKED)
      .priority(Priority.HIGH)
      .schedule(Period.between(PartialDate.of(2025, 1, 1), PartialDate.ofMonth(2026, 3)))
      .recurring(false)
      .putExtension(PlanRows.EXT_LINKED_MEASURES, "\"M1\"")
      .putExtension(PlanRows.EXT_LINKED_ACTIONS, "{\"ids\":[1]}")
      .addFollowUpNotes(FollowUpNote.builder().text("Note 1").date(PartialDate.of(2025, 2, 3)).build(),
          FollowUpNote.builder().text("Note 2").build())
      .putExtension(PlanRows.EXT_DOCUMENTS, "\"https://example.org\"")
      .addSubActions(ActionSheet.builder().id("fa-1-1").title("Sous-action").status(SheetStatus.DONE)
          .recurring(true).build())
      .build();

  static final Contract CONTRACT = Contract.builder().id("cls-t").leadArs(Region.CENTRE_VAL_DE_LOIRE)
      .territory(Territory.builder().build())
      .addParties(CPAM, VILLE)
      .addAxes(Axis.builder().id("axe-1").label("Axe").number("2").title("Santé")
          .addObjectives(Objective.builder().number("2.1").level(ObjectiveLevel.STRATEGIC).title("Prévenir")
              .addObjectives(Objective.builder().level(ObjectiveLevel.SUB_AXIS).number("2.1.1").title("Enfants")
                  .addActionSheets(FICHE).build())
              .build())
          .addActionSheets(ActionSheet.builder().id("fa-0").title("Directe").build())
          .build())
      .addActionSheets(ActionSheet.builder().id("fa-9").number("9").title("Hors axe").build())
      .build();

  private static Map<String, Object> byReference(List<CellValue> cells) {
    Map<String, Object> values = new TreeMap<>();
    for (CellValue cell : cells) {
      String reference = io.github.clsante.model.report.CellLocation.of("s", cell.row(), cell.column()).columnName()
          + cell.row();
      values.put(reference, cell.kind() == CellValue.Kind.TEXT ? cell.text() : cell.kind() + ":" + cell.text()
          + (cell.number() == null ? "" : ":" + cell.number().stripTrailingZeros().toPlainString()));
    }
    return values;
  }

  @Test
  void writes_each_column_in_the_form_the_import_parses() {
    Map<String, Object> cells = byReference(PlanRows.of(CONTRACT));

    Map<String, Object> expected = new TreeMap<>();
    expected.put("A5", "Axe 2. Santé");
    expected.put("D5", "Directe");
    for (int row = 6; row <= 7; row++) {
      expected.put("A" + row, "Axe 2. Santé");
      expected.put("B" + row, "Objectif stratégique 2.1. Prévenir");
      expected.put("C" + row, "2.1.1. Enfants");
      expected.put("D" + row, "Action 1.1.1.1. Prévenir l’obésité « infantile »");
    }
    expected.put("F6", "Ligne 1\nLigne 2");
    expected.put("G6", "Le CODIR\nLe COTECH");
    expected.put("H6", "Objectif général : Réduire\nObjectif spécifique n°1 : Informer\nObjectif spécifique n°2 : Former\n"
        + "Objectif opérationnel 1 : Agir");
    expected.put("I6", "Taux A\nTaux B");
    expected.put("J6", "CPAM (Loir-et-Cher, 41), VILLE DE BLOIS");
    expected.put("K6", "2 ETP");
    expected.put("L6", "Ville de Blois");
    expected.put("M6", "Service santé, Service social");
    expected.put("N6", "Marie PAUL");
    expected.put("O6", "Renée CHARLES, Dominique TRELLE");
    expected.put("P6", "Co-construction");
    expected.put("Q6", "- Métropole");
    expected.put("R6", "CPAM (Loir-et-Cher, 41)");
    expected.put("S6", "NUMBER:50000:50000");
    expected.put("U6", "NUMBER:15.5:15.5");
    expected.put("V6", "Ville de Blois");
    expected.put("X6", "NUMBER:124566:124566");
    expected.put("Y6", "Bloqué");
    expected.put("Z6", "Élevé");
    expected.put("AA6", "DATE:2025-01-01T00:00:45658");
    expected.put("AB6", "03/2026");
    expected.put("AC6", "FAUX");
    expected.put("AD6", "M1");
    expected.put("AE6", "{\"ids\":[1]}");
    expected.put("AF6", "Note 1\nNote 2");
    expected.put("AG6", "https://example.org");
    expected.put("E7", "Sous-action");
    expected.put("Y7", "Réalisé");
    expected.put("AC7", "VRAI");
    expected.put("D8", "9. Hors axe");
    assertThat(cells).isEqualTo(expected);
  }

  @Test
  void gives_each_row_once_in_order_even_an_empty_one() {
    Contract contract = CONTRACT.withActionSheets(ActionSheet.builder().id("fa-e").title("").build());
    List<Integer> rows = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();

    PlanRows.forEachRow(contract, (row, cells) -> {
      rows.add(row);
      sizes.add(cells.size());
    });

    assertThat(rows).containsExactly(5, 6, 7, 8);
    assertThat(sizes.get(3)).isZero();
  }

  @Test
  void cuts_a_text_longer_than_a_cell_holds_between_characters() {
    String longText = "a".repeat(PlanRows.MAX_CELL_TEXT - 1) + "🙂" + "b";

    assertThat(PlanRows.cut(longText)).hasSize(PlanRows.MAX_CELL_TEXT - 1);
    assertThat(PlanRows.cut("court")).isEqualTo("court");
    assertThat(PlanRows.cut("a".repeat(40_000))).hasSize(PlanRows.MAX_CELL_TEXT);
  }

  @Test
  void writes_the_days_of_a_date_cell_as_excel_counts_them_and_other_dates_as_text() {
    assertThat(PlanRows.excelSerial(LocalDate.of(1900, 3, 1))).isEqualTo(61);
    assertThat(PlanRows.excelSerial(LocalDate.of(2022, 11, 16))).isEqualTo(44881);
    assertThat(PlanRows.partialDateText(PartialDate.ofYear(2026))).isEqualTo("2026");
    assertThat(PlanRows.partialDateText(PartialDate.of(1899, 5, 4))).isEqualTo("04/05/1899");
  }

  @Test
  void reads_the_text_of_a_json_string_and_keeps_other_json_as_it_is() {
    assertThat(PlanRows.decodeJsonString("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\"")).contains("a\"b\\c/d\n\té");
    assertThat(PlanRows.decodeJsonString("\"a\"b\"")).isEmpty();
    assertThat(PlanRows.decodeJsonString("\"\\u00\"")).isEmpty();
    assertThat(PlanRows.decodeJsonString("\"\\x\"")).isEmpty();
    assertThat(PlanRows.decodeJsonString("12")).isEmpty();
    assertThat(PlanRows.extensionText(Map.of("k", "[1, 2]"), "k")).contains("[1, 2]");
  }

  private static CellValue number(int row, int column, String number) {
    return new CellValue(row, column, CellValue.Kind.NUMBER, number, new BigDecimal(number), null, null);
  }

  private static CellValue text(int row, int column, String text) {
    return new CellValue(row, column, CellValue.Kind.TEXT, text, null, null, null);
  }

  @Test
  void a_plan_read_is_the_same_up_to_the_representation_of_its_values() {
    List<CellValue> expected = PlanRows.of(CONTRACT);
    List<CellValue> read = new ArrayList<>();
    for (CellValue cell : expected) {
      if (cell.kind() == CellValue.Kind.NUMBER) {
        read.add(number(cell.row(), cell.column(), cell.number().setScale(1).toPlainString()));
      } else if (cell.kind() == CellValue.Kind.DATE) {
        read.add(number(cell.row(), cell.column(), cell.number().toPlainString() + ".0"));
      } else if (cell.text().equals(PlanRows.TRUE)) {
        read.add(new CellValue(cell.row(), cell.column(), CellValue.Kind.BOOLEAN, "TRUE", null, null, null));
      } else {
        read.add(cell);
      }
    }
    read.add(text(2, 1, "Axe (x)")); // the header is not compared

    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, read))).isTrue();
  }

  @Test
  void a_plan_read_differs_when_a_value_a_cell_or_a_row_differs() {
    List<CellValue> expected = PlanRows.of(CONTRACT);

    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, replace(expected, "Y6", text(6, 25, "En cours")))))
        .isFalse();
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, replace(expected, "S6", number(6, 19, "50001")))))
        .isFalse();
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, replace(expected, "S6", text(6, 19, "50000")))))
        .isFalse();
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, replace(expected, "AA6", number(6, 27, "45659")))))
        .isFalse();
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, replace(expected, "D8", text(8, 4, "9. Hors axe "))))).isFalse();
    List<CellValue> added = new ArrayList<>(expected);
    added.add(text(9, 4, "Nouvelle fiche"));
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, added))).isFalse();
    List<CellValue> extraCell = new ArrayList<>(expected);
    extraCell.add(text(5, 34, "Colonne ajoutée"));
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, extraCell))).isFalse();
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, expected.subList(0, expected.size() - 1))))
        .isFalse();
    assertThat(PlanRows.sameAs(expected, TestGrids.sheet(PlanRows.SHEET, expected))).isTrue();
  }

  private static List<CellValue> replace(List<CellValue> cells, String reference, CellValue by) {
    List<CellValue> replaced = new ArrayList<>();
    for (CellValue cell : cells) {
      String at = io.github.clsante.model.report.CellLocation.of("s", cell.row(), cell.column()).columnName() + cell.row();
      replaced.add(at.equals(reference) ? by : cell);
    }
    return replaced;
  }

  @Test
  void the_date_a_cell_holds_is_compared_with_its_time_of_day() {
    CellValue written = PlanRows.of(CONTRACT).stream().filter(c -> c.kind() == CellValue.Kind.DATE).findFirst()
        .orElseThrow();
    LocalDateTime noon = written.date().plusHours(12);

    assertThat(PlanRows.sameValue(written, new CellValue(6, 27, CellValue.Kind.DATE, noon.toString(), null, noon, null)))
        .isFalse();
    assertThat(PlanRows.sameValue(written, written)).isTrue();
  }
}
