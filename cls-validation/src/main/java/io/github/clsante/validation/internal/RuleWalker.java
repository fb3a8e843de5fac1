package io.github.clsante.validation.internal;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies every rule to a contract in one walk: the contract is indexed once ({@link Walk}: parties by
 * id, sheet and body ids), then each object is visited once with its JSON Pointer, so validation time
 * grows linearly with the contract's size. The rules are grouped by area, each in its own class: the
 * contract as a whole ({@link ContractRules}), parties and signatures ({@link PartyRules}), axes and
 * sheets ({@link SheetRules}, which walks them and hands each sheet to the areas that look at sheets),
 * money ({@link MoneyRules}), indicators ({@link IndicatorRules}), amendments ({@link
 * AmendmentRules}), territory ({@link TerritoryRules}), names and open codes ({@link CodeRules}) and
 * the mental-health part ({@link MentalHealthRules}).
 */
public final class RuleWalker {

  private RuleWalker() {}

  /**
   * Applies every rule to a contract for a validator: its grading decides which rules report and at which
   * severity, and the walk it returns holds what the users' rules read (parties by id and, when asked,
   * every sheet with its pointer) and takes their findings; at most {@code maxFindings} findings are kept
   * (the most severe), the others counted.
   *
   * @param contract the contract
   * @param unreadable the JSON Pointers, in the document's names, of the values the reader could not read
   * @param documentPointer the document's pointer of a pointer in the names of format 1.1; the identity
   *     for a contract in memory
   * @param grading the rules disabled and the severities changed
   * @param collectSheets whether to note every sheet with its pointer, for users' rules
   * @param maxFindings the most findings kept
   * @return the walk, its findings made
   */
  public static Walk walk(Contract contract, Collection<String> unreadable, UnaryOperator<String> documentPointer,
      Grading grading, boolean collectSheets, int maxFindings) {
    Walk walk = new Walk(contract, Unreadable.of(unreadable), documentPointer, grading, collectSheets, maxFindings);
    walk.index();
    CodeRules codes = new CodeRules(walk);
    ContractRules whole = new ContractRules(walk);
    PartyRules parties = new PartyRules(walk, codes);
    TerritoryRules territory = new TerritoryRules(walk);
    IndicatorRules indicators = new IndicatorRules(walk);
    MentalHealthRules mentalHealth = new MentalHealthRules(walk);
    SheetRules sheets = new SheetRules(walk, new MoneyRules(walk), indicators, territory, codes, mentalHealth);

    territory.contractTerritory();
    parties.carriers();
    whole.period();
    parties.signature();
    parties.parties();
    parties.people();
    whole.otherPeriods();
    sheets.axesAndSheets();
    indicators.contract();
    new AmendmentRules(walk).amendments();
    mentalHealth.contract();
    whole.durationMismatch();
    whole.axesNotListed();
    parties.signatureLines();
    whole.formerLeadArs();
    whole.previousContract();
    whole.signedLate();
    territory.contractDepartements();
    codes.contract();
    return walk;
  }
}
