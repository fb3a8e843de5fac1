package io.github.clsante.benchmarks;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.Funding;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.party.PartyRef;
import java.util.List;
import java.util.Optional;

/**
 * The floor of any check of a whole contract (parcours du modèle): one walk over the axes of a
 * generated contract that reads every value they hold once (each string’s length and first character,
 * each number, each code) and does nothing else. It reads the objects the rules read, in the same
 * order, so what it costs per sheet at each size is what the memory holding the contract costs, with
 * no rule's work on top: {@code ValidateBenchmark.walkModel} measures it beside {@code
 * validateContract}.
 *
 * <p>It reads each value through the model's public accessors, once, as an application would; an
 * optional value's accessor makes an {@code Optional} each time (the model keeps the value itself), which
 * the compiler removes only where it inlines the whole path, so the walk allocates too.
 *
 * <p>It knows the fields the generator fills (see {@link Contracts}); a field it does not read is
 * empty in every generated contract, and the test checks that it reads as many values as the file
 * holds under {@code axes}.
 */
final class ModelWalk {

  private long values;
  private long sum;

  private ModelWalk() {}

  /**
   * Walks the axes of a contract.
   *
   * @param contract the contract
   * @return the walk, with what it read
   */
  static ModelWalk of(Contract contract) {
    ModelWalk walk = new ModelWalk();
    for (Axis axis : contract.axes()) {
      walk.text(axis.id());
      walk.text(axis.number());
      walk.text(axis.title());
      for (ActionSheet sheet : axis.actionSheets()) {
        walk.sheet(sheet);
      }
    }
    return walk;
  }

  private void sheet(ActionSheet sheet) {
    text(sheet.id());
    text(sheet.number());
    text(sheet.title());
    text(sheet.description());
    refs(sheet.pilots());
    refs(sheet.partners());
    List<Indicator> indicators = sheet.indicators();
    for (int i = 0, n = indicators.size(); i < n; i++) {
      Indicator indicator = indicators.get(i);
      text(indicator.id());
      text(indicator.name());
      Optional<IndicatorType> type = indicator.type();
      if (type.isPresent()) {
        text(type.get().code());
      }
      text(indicator.unit());
    }
    List<Funding> fundings = sheet.fundings();
    for (int i = 0, n = fundings.size(); i < n; i++) {
      Funding funding = fundings.get(i);
      Optional<PartyRef> financer = funding.financer();
      if (financer.isPresent()) {
        text(financer.get().partyId());
      }
      Optional<EuroAmount> amount = funding.amount();
      if (amount.isPresent()) {
        number(amount.get().cents());
      }
      Optional<Integer> year = funding.year();
      if (year.isPresent()) {
        number(year.get());
      }
      Optional<FundKind> fund = funding.fund();
      if (fund.isPresent()) {
        text(fund.get().code());
      }
    }
  }

  private void refs(List<PartyRef> refs) {
    for (int i = 0, n = refs.size(); i < n; i++) {
      text(refs.get(i).partyId());
    }
  }

  private void text(Optional<String> value) {
    if (value.isPresent()) {
      text(value.get());
    }
  }

  private void text(String value) {
    values++;
    sum += value.isEmpty() ? 0 : value.length() + value.charAt(0);
  }

  private void number(long value) {
    values++;
    sum += value;
  }

  /**
   * Returns how many values the walk read.
   *
   * @return the count of strings, numbers and codes read
   */
  long values() {
    return values;
  }

  /**
   * Returns what the walk read, summed, so that no value can go unread.
   *
   * @return the sum of the lengths and first characters of the strings, the numbers and the codes
   */
  long sum() {
    return sum;
  }
}
