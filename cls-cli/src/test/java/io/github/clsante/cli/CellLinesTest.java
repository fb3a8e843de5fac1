package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.CellLocation;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A finding in a spreadsheet's cell, as the text (and JUnit) output writes it: {@code FILE!SHEET!CELL}. */
class CellLinesTest {

  private static final Finding STATUS = Finding.builder().code("CLS-SHEET-NO-PILOT").severity(Severity.WARNING)
      .pointer("/axes/0/actionSheets/2").cell(CellLocation.of("Fichier dimport", 12, 25)).build();

  @Test
  void a_finding_in_a_cell_is_written_file_then_sheet_then_cell() {
    assertThat(Reports.line(Texts.of(Locale.FRENCH), "plan.xlsx", STATUS, Optional.of("Axe 1 › Fiche 3"), "Message."))
        .isEqualTo("plan.xlsx!Fichier dimport!Y12: avertissement CLS-SHEET-NO-PILOT /axes/0/actionSheets/2"
            + " Axe 1 › Fiche 3 — Message.");
    assertThat(Reports.line(Texts.of(Locale.ENGLISH), "plan.xlsx", STATUS, Optional.empty(), "Message."))
        .isEqualTo("plan.xlsx!Fichier dimport!Y12: warning CLS-SHEET-NO-PILOT /axes/0/actionSheets/2 Message.");
  }

  @Test
  void findings_in_cells_are_read_row_by_row_then_column_by_column_after_those_on_the_whole_file() {
    Finding whole = STATUS.withPointer("").withCell(Optional.empty());
    Finding y12 = STATUS;
    Finding b12 = STATUS.withCell(CellLocation.of("Fichier dimport", 12, 2));
    Finding a40 = STATUS.withCell(CellLocation.of("Fichier dimport", 40, 1));
    Finding d5 = STATUS.withCell(CellLocation.of("Fichier dimport", 5, 4));

    assertThat(Reports.inReadingOrder(List.of(a40, y12, whole, b12, d5))).containsExactly(whole, d5, b12, y12, a40);
  }

  @Test
  void findings_in_text_keep_their_line_and_column() {
    Finding located = STATUS.withCell(Optional.empty()).withLocation(SourceLocation.of(3, 14));
    assertThat(Reports.line(Texts.of(Locale.ENGLISH), "cls.json", located, Optional.empty(), "Message."))
        .isEqualTo("cls.json:3:14: warning CLS-SHEET-NO-PILOT /axes/0/actionSheets/2 Message.");
  }
}
