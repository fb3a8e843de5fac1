package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.BUDGET_LINE_ACTUAL_AMOUNT;
import static io.github.clsante.validation.internal.Members.BUDGET_LINE_PLANNED_AMOUNT;
import static io.github.clsante.validation.internal.Members.FUNDING_AMOUNT;
import static io.github.clsante.validation.internal.Members.FUNDING_FINANCER;
import static io.github.clsante.validation.internal.Members.SHEET_BUDGET;
import static io.github.clsante.validation.internal.Members.SHEET_BUDGET_LINES;
import static io.github.clsante.validation.internal.Members.SHEET_FUNDINGS;
import static io.github.clsante.validation.internal.Walk.at;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.Funding;
import io.github.clsante.validation.Rule;

/**
 * The rules of money, on each sheet: no negative amount (budget, funding, budget line), fundings that
 * add up to no more than the budget, and financers that are parties of the contract.
 */
final class MoneyRules extends RuleArea {


  MoneyRules(Walk walk) {
    super(walk);
  }

  /** One sheet's budget, fundings and budget lines. */
  void sheet(ActionSheet sheet, Place pointer) {
    if (sheet.budget().isPresent() && sheet.budget().get().isNegative()) {
      walk.add(Rule.SHEET_FUNDING_NEGATIVE, at(pointer, SHEET_BUDGET), "amount", sheet.budget().get().toPlainString());
    }
    EuroAmount total = EuroAmount.ZERO;
    boolean overflow = false;
    for (int i = 0; i < sheet.fundings().size(); i++) {
      Funding funding = sheet.fundings().get(i);
      Place at = at(pointer, SHEET_FUNDINGS, i);
      if (funding.financer().isPresent()) {
        walk.ref(funding.financer().get(), at(at, FUNDING_FINANCER));
      }
      if (funding.amount().isPresent()) {
        EuroAmount amount = funding.amount().get();
        if (amount.isNegative()) {
          walk.add(Rule.SHEET_FUNDING_NEGATIVE, at(at, FUNDING_AMOUNT), "amount", amount.toPlainString());
        }
        try {
          total = total.plus(amount);
        } catch (ArithmeticException e) {
          overflow = true;
        }
      }
    }
    if (sheet.budget().filter(budget -> !budget.isNegative()).isPresent() && !sheet.fundings().isEmpty()
        && (overflow || total.compareTo(sheet.budget().get()) > 0)
        && walk.intact(at(pointer, SHEET_BUDGET)) && walk.intact(at(pointer, SHEET_FUNDINGS))) {
      walk.add(Rule.SHEET_FUNDING_OVER_BUDGET, at(pointer, SHEET_FUNDINGS), "total", total.toPlainString(),
          "budget", sheet.budget().get().toPlainString());
    }
    for (int i = 0; i < sheet.budgetLines().size(); i++) {
      BudgetLine line = sheet.budgetLines().get(i);
      int index = i;
      line.plannedAmount().filter(EuroAmount::isNegative).ifPresent(amount -> walk.add(Rule.SHEET_FUNDING_NEGATIVE,
          at(at(pointer, SHEET_BUDGET_LINES, index), BUDGET_LINE_PLANNED_AMOUNT), "amount", amount.toPlainString()));
      line.actualAmount().filter(EuroAmount::isNegative).ifPresent(amount -> walk.add(Rule.SHEET_FUNDING_NEGATIVE,
          at(at(pointer, SHEET_BUDGET_LINES, index), BUDGET_LINE_ACTUAL_AMOUNT), "amount", amount.toPlainString()));
    }
  }
}
