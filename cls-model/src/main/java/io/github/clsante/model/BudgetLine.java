package io.github.clsante.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget line of an action sheet (ligne budgétaire), as Territoires en Transitions keeps them:
 * investment or operating, planned and actual, in euros excluding tax or in full-time equivalents, for
 * one year or for the whole period.
 */
@Value.Immutable
public interface BudgetLine extends WithBudgetLine {

  /**
   * Returns whether the line is investment or operating spending.
   *
   * @return the nature
   */
  BudgetNature nature();

  /**
   * Returns the year the line is for.
   *
   * @return the year, or empty for the whole period
   */
  Optional<Integer> year();

  /**
   * Returns the planned amount in euros excluding tax (montant prévisionnel HT).
   *
   * @return the amount, if given
   */
  Optional<EuroAmount> plannedAmount();

  /**
   * Returns the amount actually spent in euros excluding tax (montant réel HT).
   *
   * @return the amount, if given
   */
  Optional<EuroAmount> actualAmount();

  /**
   * Returns the planned staff, in full-time equivalents (ETP prévus).
   *
   * @return the full-time equivalents, if given
   */
  Optional<Double> plannedFullTimeEquivalents();

  /**
   * Returns the staff actually employed, in full-time equivalents (ETP réels).
   *
   * @return the full-time equivalents, if given
   */
  Optional<Double> actualFullTimeEquivalents();

  /**
   * Returns what the line pays for, exactly as written.
   *
   * @return the description, if given
   */
  Optional<String> description();

  /**
   * Holds {@code -0.0} full-time equivalents as {@code 0.0}, as JSON does, so that a line read back from
   * its JSON form equals the line written.
   *
   * @return this line, or an equal one with zeros made positive
   */
  @Value.Check
  default BudgetLine normalize() {
    boolean planned = plannedFullTimeEquivalents().filter(BudgetLine::isNegativeZero).isPresent();
    boolean actual = actualFullTimeEquivalents().filter(BudgetLine::isNegativeZero).isPresent();
    if (!planned && !actual) {
      return this;
    }
    BudgetLine.Builder builder = BudgetLine.builder().from(this);
    if (planned) {
      builder.plannedFullTimeEquivalents(0.0);
    }
    if (actual) {
      builder.actualFullTimeEquivalents(0.0);
    }
    return builder.build();
  }

  private static boolean isNegativeZero(double value) {
    return value == 0.0 && Double.doubleToRawLongBits(value) != 0L;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of budget lines
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a budget line.
   *
   * @param budgetLine the budget line to copy
   * @return the copy, or the budget line itself when it is already immutable
   */
  static BudgetLine copyOf(BudgetLine budgetLine) {
    return ImmutableBudgetLine.copyOf(budgetLine);
  }

  /** Builds a budget line: set its values, then call {@code build()}; obtained from {@link BudgetLine#builder()}. */
  final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }
}
