package io.github.clsante.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one non-empty cell, as the file holds it, never evaluated: a formula's cached result
 * with the formula's text beside it.
 *
 * @param row the row, from 1
 * @param column the column, from 1
 * @param kind what the cell holds
 * @param text the text of a {@link Kind#TEXT} cell exactly as written; for the other kinds, the value as
 *     plain text ({@code "124566"}, {@code "0.5"}, {@code "2022-11-15T00:00"}, {@code "TRUE"}, {@code
 *     "#N/A"})
 * @param number the exact number of a {@link Kind#NUMBER} cell (a date cell's serial number too), or null
 * @param date the date and time of a {@link Kind#DATE} cell (a number formatted as a date), or null
 * @param formula the formula's text without its {@code =}, when the cell holds one, or null
 */
public record CellValue(int row, int column, Kind kind, String text, BigDecimal number, LocalDateTime date,
    String formula) {

  /** What a cell holds. */
  public enum Kind {
    /** Text (a shared or inline string). */
    TEXT,
    /** A number not formatted as a date. */
    NUMBER,
    /** A number formatted as a date, or an ods date value. */
    DATE,
    /** {@code TRUE} or {@code FALSE}. */
    BOOLEAN,
    /** An error value, such as {@code #N/A} or {@code #DIV/0!}. */
    ERROR
  }

  /**
   * Checks the values.
   *
   * @param row the row, from 1
   * @param column the column, from 1
   * @param kind what the cell holds
   * @param text the cell's text
   * @param number the exact number, or null
   * @param date the date and time, or null
   * @param formula the formula's text, or null
   * @throws NullPointerException if the kind or the text is null
   * @throws IllegalArgumentException if the row or column is below 1
   */
  public CellValue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (row < 1 || column < 1) {
      throw new IllegalArgumentException("row and column are counted from 1, got " + row + ", " + column);
    }
  }

  /**
   * Returns the formula, when the cell holds one.
   *
   * @return the formula's text, without its {@code =}
   */
  public Optional<String> formulaText() {
    return Optional.ofNullable(formula);
  }
}
