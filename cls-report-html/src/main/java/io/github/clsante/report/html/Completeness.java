package io.github.clsante.report.html;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.Objective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How complete a contract's action sheets are (complétude des fiches): how many have each of the four
 * things a CLS fiche is expected to say, and which sheets miss the most of them.
 *
 * <p>The sheets counted are those of {@link Contract#allActionSheets()} (sub-actions are parts of their
 * sheet, not sheets). A sheet has:
 * <ul>
 *   <li>a pilot when it names at least one ({@link ActionSheet#pilots()});
 *   <li>an indicator when it has at least one of its own ({@link ActionSheet#indicators()});
 *   <li>a budget when it states an amount ({@link ActionSheet#budget()}), a funding or a budget line;
 *   <li>a schedule when it has one ({@link ActionSheet#schedule()}).
 * </ul>
 */
final class Completeness {

  /** How many incomplete sheets the panel names, those missing the most first. */
  static final int NAMED = 10;

  /** The four things counted, in the panel's order. */
  enum Item {
    PILOTS("pilots"),
    INDICATORS("indicators"),
    BUDGET("budget"),
    SCHEDULE("schedule");

    final String key;

    Item(String key) {
      this.key = key;
    }

    boolean in(ActionSheet sheet) {
      switch (this) {
        case PILOTS:
          return !sheet.pilots().isEmpty();
        case INDICATORS:
          return !sheet.indicators().isEmpty();
        case BUDGET:
          return sheet.budget().isPresent() || !sheet.fundings().isEmpty() || !sheet.budgetLines().isEmpty();
        case SCHEDULE:
          return sheet.schedule().isPresent();
        default:
          throw new AssertionError(this);
      }
    }
  }

  /**
   * A sheet that misses something.
   *
   * @param pointer the sheet's JSON Pointer in the contract, to name it as the contract prints it
   * @param position the sheet's position among all the contract's sheets, from 0
   * @param missing what it misses, never empty
   */
  record Incomplete(String pointer, int position, Set<Item> missing) {}

  private final int sheets;
  private final Map<Item, Integer> having = new EnumMap<>(Item.class);
  private final List<Incomplete> incomplete = new ArrayList<>();

  private Completeness(Contract contract) {
    List<String> pointers = new ArrayList<>();
    List<ActionSheet> all = new ArrayList<>();
    for (int a = 0; a < contract.axes().size(); a++) {
      Axis axis = contract.axes().get(a);
      String at = "/axes/" + a;
      add(at + "/actionSheets/", axis.actionSheets(), pointers, all);
      objectives(at + "/objectives/", axis.objectives(), pointers, all);
    }
    add("/actionSheets/", contract.actionSheets(), pointers, all);
    this.sheets = all.size();
    for (int i = 0; i < all.size(); i++) {
      Set<Item> missing = EnumSet.noneOf(Item.class);
      for (Item item : Item.values()) {
        if (item.in(all.get(i))) {
          having.merge(item, 1, Integer::sum);
        } else {
          missing.add(item);
        }
      }
      if (!missing.isEmpty()) {
        incomplete.add(new Incomplete(pointers.get(i), i, missing));
      }
    }
    incomplete.sort(Comparator.comparingInt((Incomplete sheet) -> -sheet.missing().size())
        .thenComparingInt(Incomplete::position));
  }

  /** The sheets of objectives, depth first, as {@link Axis#allActionSheets()} orders them. */
  private static void objectives(String prefix, List<Objective> objectives, List<String> pointers,
      List<ActionSheet> all) {
    for (int o = 0; o < objectives.size(); o++) {
      Objective objective = objectives.get(o);
      add(prefix + o + "/actionSheets/", objective.actionSheets(), pointers, all);
      objectives(prefix + o + "/objectives/", objective.objectives(), pointers, all);
    }
  }

  private static void add(String prefix, List<ActionSheet> sheets, List<String> pointers, List<ActionSheet> all) {
    for (int i = 0; i < sheets.size(); i++) {
      pointers.add(prefix + i);
      all.add(sheets.get(i));
    }
  }

  /** The completeness of a contract's sheets. */
  static Completeness of(Contract contract) {
    return new Completeness(contract);
  }

  /** The number of sheets. */
  int sheets() {
    return sheets;
  }

  /** The number of sheets that have an item. */
  int having(Item item) {
    return having.getOrDefault(item, 0);
  }

  /** The share of sheets that have an item, in whole percent rounded down (so 100 means every sheet). */
  int percent(Item item) {
    return sheets == 0 ? 0 : (int) (100L * having(item) / sheets);
  }

  /** The incomplete sheets, those missing the most first, then in the contract's order. */
  List<Incomplete> incomplete() {
    return incomplete;
  }
}
