package io.github.clsante.serialization;

import java.util.Objects;

/**
 * Thrown when a JSON text cannot be processed at all by an operation that returns no report, such as
 * {@link ContractJson#canonicalize(byte[])}: malformed JSON, a duplicate member, too deep a document.
 *
 * <p>Reading a contract never throws this: {@link ContractReader} reports every problem as a finding.
 * The exception carries the same data as a finding: a stable {@link #code()}, the {@link #pointer()}
 * of the value in question, and its {@link #line()} and {@link #column()} (1-based; 0 when unknown).
 */
public final class ClsJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problem code. */
  private final String code;

  /** The JSON Pointer of the value in question. */
  private final String pointer;

  /** The line, from 1, or 0 when unknown. */
  private final int line;

  /** The column in UTF-16 code units, from 1, or 0 when unknown. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param code the problem code, one of {@link ReadProblem}'s
   * @param pointer the JSON Pointer of the value in question ({@code ""} for the whole document)
   * @param line the line, from 1, or 0 when unknown
   * @param column the column in UTF-16 code units, from 1, or 0 when unknown
   * @param message an English description; jackson-core's descriptions of malformed JSON may quote a
   *     few characters of the input
   */
  public ClsJsonException(String code, String pointer, int line, int column, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the problem code.
   *
   * @return the code ({@code "CLS-JSON-SYNTAX"})
   */
  public String code() {
    return code;
  }

  /**
   * Returns the JSON Pointer of the value in question.
   *
   * @return the pointer; {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the line, from 1, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return the column in UTF-16 code units, from 1, or 0 when unknown
   */
  public int column() {
    return column;
  }
}
