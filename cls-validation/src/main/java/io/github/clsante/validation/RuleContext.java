package io.github.clsante.validation;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.model.report.Severity;
import io.github.clsante.validation.internal.Walk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link ContractRule} sees of the contract it checks (contexte de règle): the contract, the
 * indexes the validation made of it (parties by id, every sheet with its JSON Pointer), what the reader
 * could not read, and the way to report findings. Findings point into the contract's document with
 * RFC 6901 JSON Pointers in the member names of the format ({@link
 * io.github.clsante.serialization.FormatObject}); the validator adds their line and column when the
 * contract was read from a file.
 *
 * <pre>{@code
 * for (RuleContext.Sheet entry : context.sheets()) {
 *   if (entry.axis().filter(axis -> axis.title().contains("Santé mentale")).isPresent()
 *       && entry.sheet().partners().isEmpty()) {
 *     context.report("ARS-BRE-CLSM", entry.pointer(), "sheet", entry.sheet().title());
 *   }
 * }
 * }</pre>
 */
public final class RuleContext {

  private final Walk walk;
  private final Function<String, Optional<SourceLocation>> locations;

  RuleContext(Walk walk, Function<String, Optional<SourceLocation>> locations) {
    this.walk = walk;
    this.locations = locations;
  }

  /**
   * Returns the contract checked.
   *
   * @return the contract
   */
  public Contract contract() {
    return walk.contract();
  }

  /**
   * Returns the contract's parties by id: the first party of an id when two share one (the standard
   * rules report that).
   *
   * @return an unmodifiable map
   */
  public Map<String, Party> partiesById() {
    return walk.parties();
  }

  /**
   * Returns every action sheet and sub-action of the contract, with where it is, in the order of the
   * document: the sheets of each axis and of its objectives, then the contract's own, each followed by
   * its sub-actions.
   *
   * @return the sheets, unmodifiable
   */
  public List<Sheet> sheets() {
    return walk.sheets();
  }

  /**
   * Tells whether the reader read every value at, inside and around a place of the document: a rule
   * should not judge a value that stands in for one the file did not give as it should (a finding on
   * such a value is not reported anyway). Always true for a contract built in memory.
   *
   * @param pointer a JSON Pointer, in the member names of the format; {@code *} stands for any one
   *     member or index, {@code **} for any number of them ({@code /axes/*}{@code /actionSheets})
   * @return whether every value there was read
   */
  public boolean intact(String pointer) {
    return walk.isIntact(Objects.requireNonNull(pointer, "pointer"));
  }

  /**
   * Returns where a value is in the file the contract was read from.
   *
   * @param pointer a JSON Pointer, in the member names of the format
   * @return the line and column, or empty for a contract built in memory
   */
  public Optional<SourceLocation> locationOf(String pointer) {
    return locations.apply(Objects.requireNonNull(pointer, "pointer"));
  }

  /**
   * Reports a finding at the severity of its code (the one the rule declares, or the one the
   * validator's configuration sets).
   *
   * @param code a code the rule declares
   * @param pointer where the finding is: the JSON Pointer of the value it is about ({@code ""} for the
   *     whole contract)
   * @param params the finding's parameters, as names and values in turn ({@code "sheet", "Fiche 2"})
   * @throws IllegalArgumentException if no rule of the validator declares the code, or the parameters
   *     are not in pairs
   */
  public void report(String code, String pointer, String... params) {
    if (params.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come as names and values: " + params.length + " given");
    }
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      named.put(params[i], params[i + 1]);
    }
    report(code, null, pointer, named);
  }

  /**
   * Reports a finding at a severity of its own, unless the validator's configuration sets one for its
   * code.
   *
   * @param code a code the rule declares
   * @param severity the severity, or null for the one the rule declares
   * @param pointer where the finding is: the JSON Pointer of the value it is about
   * @param params the finding's parameters
   * @throws IllegalArgumentException if no rule of the validator declares the code
   */
  public void report(String code, Severity severity, String pointer, Map<String, String> params) {
    walk.report(Objects.requireNonNull(code, "code"), severity, Objects.requireNonNull(pointer, "pointer"),
        Objects.requireNonNull(params, "params"));
  }

  /**
   * An action sheet or sub-action of the contract, with where it is.
   *
   * @param sheet the sheet
   * @param pointer its JSON Pointer ({@code /axes/0/actionSheets/2})
   * @param axis the axis it is under, directly or through objectives; empty for a sheet outside any axis
   * @param subAction whether it is a sub-action of another sheet
   */
  public record Sheet(ActionSheet sheet, String pointer, Optional<Axis> axis, boolean subAction) {

    /**
     * Creates an entry.
     *
     * @param sheet the sheet
     * @param pointer its JSON Pointer
     * @param axis the axis it is under, if any
     * @param subAction whether it is a sub-action
     */
    public Sheet {
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(axis, "axis");
    }
  }
}
