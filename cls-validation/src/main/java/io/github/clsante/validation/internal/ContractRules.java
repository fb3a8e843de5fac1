package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.CONTRACT_ANNOUNCED_AXIS_COUNT;
import static io.github.clsante.validation.internal.Members.CONTRACT_AXES;
import static io.github.clsante.validation.internal.Members.CONTRACT_FORMER_LEAD_ARS;
import static io.github.clsante.validation.internal.Members.CONTRACT_GENERATION;
import static io.github.clsante.validation.internal.Members.CONTRACT_KIND;
import static io.github.clsante.validation.internal.Members.CONTRACT_LEAD_ARS;
import static io.github.clsante.validation.internal.Members.CONTRACT_PERIOD;
import static io.github.clsante.validation.internal.Members.CONTRACT_PREVIOUS_CONTRACT;
import static io.github.clsante.validation.internal.Members.CONTRACT_PRS;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATURE_DATE;
import static io.github.clsante.validation.internal.Members.PERIOD_DURATION_MONTHS;
import static io.github.clsante.validation.internal.Members.PRS_PERIOD;
import static io.github.clsante.validation.internal.Members.REFERENCE_PERIOD;
import static io.github.clsante.validation.internal.Members.path;

import io.github.clsante.model.ContractKind;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.territory.Region;
import io.github.clsante.validation.Rule;
import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of the contract as a whole: its periods' order, its length (stated and meant by its
 * dates), the axes it announces, its former lead ARS, its previous contract, and a signature long after
 * its start.
 */
final class ContractRules extends RuleArea {

  private static final String PERIOD = path(CONTRACT_PERIOD);
  private static final Place PERIOD_PLACE = Place.of(PERIOD);
  private static final String DURATION = path(CONTRACT_PERIOD, PERIOD_DURATION_MONTHS);


  ContractRules(Walk walk) {
    super(walk);
  }

  /** The contract's period: its order, then its length. */
  void period() {
    contract.period().ifPresent(period -> walk.period(period, PERIOD_PLACE));
    if (walk.intact(PERIOD)) {
      contract.period().ifPresent(this::duration);
    }
  }

  /** The order of the periods of the PRS and of the previous contract. */
  void otherPeriods() {
    contract.prs().flatMap(prs -> prs.period())
        .ifPresent(period -> walk.period(period, Place.of(path(CONTRACT_PRS, PRS_PERIOD))));
    contract.previousContract().flatMap(previous -> previous.period())
        .ifPresent(period -> walk.period(period, Place.of(path(CONTRACT_PREVIOUS_CONTRACT, REFERENCE_PERIOD))));
  }

  /**
   * The contract's length against the usual 3 to 5 years and the possible 1 to 6: its stated duration
   * wins; otherwise the lengths its dates may mean ({@link PeriodLength}), the rules firing only when
   * none of them fits. A préfiguration is never too short (its short length is the point), nor a
   * contract whose kind could not be read (it may be one); the upper bounds hold for every contract.
   */
  private void duration(Period period) {
    long shortest;
    long longest;
    String pointer;
    if (period.durationMonths().isPresent()) {
      shortest = longest = period.durationMonths().get();
      pointer = DURATION;
    } else {
      Optional<PeriodLength> length = PeriodLength.of(period);
      if (length.isEmpty()) {
        return;
      }
      shortest = length.get().shortest();
      longest = length.get().longest();
      pointer = PERIOD;
    }
    boolean neverTooShort = contract.kind().filter(ContractKind.PREFIGURATION::equals).isPresent()
        || !walk.intact(path(CONTRACT_KIND));
    if (shortest > 72) {
      walk.add(Rule.CONTRACT_DURATION_INVALID, pointer, "months", Long.toString(shortest));
    } else if (longest < 12 && !neverTooShort) {
      walk.add(Rule.CONTRACT_DURATION_INVALID, pointer, "months", Long.toString(longest));
    } else if (shortest > 60) {
      walk.add(Rule.CONTRACT_DURATION_UNUSUAL, pointer, "months", Long.toString(shortest));
    } else if (longest < 36 && !neverTooShort) {
      walk.add(Rule.CONTRACT_DURATION_UNUSUAL, pointer, "months", Long.toString(longest));
    }
  }

  /** A stated duration must be one of the lengths the dates may mean, give or take a month. */
  void durationMismatch() {
    if (!walk.intact(PERIOD)) {
      return;
    }
    Optional<Period> period = contract.period();
    if (period.isEmpty() || period.get().durationMonths().isEmpty()) {
      return;
    }
    Optional<PeriodLength> length = PeriodLength.of(period.get());
    long stated = period.get().durationMonths().get();
    if (length.isEmpty() || length.get().accepts(stated, 1)) {
      return;
    }
    String[] params = {"months", Long.toString(stated), "start", period.get().start().orElseThrow().toString(),
        "end", period.get().end().orElseThrow().toString(), "shortest", Long.toString(length.get().shortest())};
    if (length.get().longest() != length.get().shortest()) {
      params = Arrays.copyOf(params, params.length + 2);
      params[params.length - 2] = "longest";
      params[params.length - 1] = Long.toString(length.get().longest());
    }
    walk.add(Rule.CONTRACT_DURATION_MISMATCH, DURATION, params);
  }

  /** Fewer axes listed than announced, unless the list of axes could not be read. */
  void axesNotListed() {
    int announced = contract.announcedAxisCount().orElse(0);
    int listed = contract.axes().size();
    if (listed < announced && walk.noneUnreadableAt(path(CONTRACT_AXES))) {
      walk.add(Rule.CONTRACT_AXES_NOT_LISTED, path(CONTRACT_ANNOUNCED_AXIS_COUNT), "announced",
          Integer.toString(announced), "listed", Integer.toString(listed));
    }
  }

  /** A former region's ARS led the contract: the lead ARS is the region it merged into. */
  void formerLeadArs() {
    Region lead = contract.leadArs();
    contract.formerLeadArs().filter(former -> former.successor() != lead)
        .filter(former -> walk.intact(path(CONTRACT_LEAD_ARS)))
        .ifPresent(former -> walk.add(Rule.CONTRACT_FORMER_LEAD_ARS, path(CONTRACT_FORMER_LEAD_ARS),
            "formerRegion", former.code(), "formerRegionName", former.frenchLabel(),
            "successorName", former.successor().frenchLabel(), "region", lead.code(), "regionName", lead.frenchLabel()));
  }

  /** A contract of a second generation or later follows a previous one. */
  void previousContract() {
    if (contract.generation().filter(generation -> generation >= 2).isPresent() && contract.previousContract().isEmpty()
        && walk.intact(path(CONTRACT_PREVIOUS_CONTRACT))) {
      walk.add(Rule.CONTRACT_PREVIOUS_MISSING, path(CONTRACT_GENERATION), "generation",
          contract.generation().get().toString());
    }
  }

  /**
   * Signed more than a year after the period began, certainly (dates known to the month or the year
   * count from their last possible day). A signature after the end is CLS-CONTRACT-SIGNATURE-STATUS's.
   */
  void signedLate() {
    Optional<PartialDate> date = contract.signatureDate();
    Optional<PartialDate> start = contract.period().flatMap(Period::start);
    if (date.isEmpty() || start.isEmpty()
        || contract.period().flatMap(Period::end).filter(end -> end.isCertainlyBefore(date.get())).isPresent()) {
      return;
    }
    if (start.get().lastDay().plusYears(1).isBefore(date.get().firstDay()) && walk.intact(PERIOD)) {
      walk.add(Rule.CONTRACT_SIGNED_LATE, path(CONTRACT_SIGNATURE_DATE), "signatureDate", date.get().toString(),
          "start", start.get().toString());
    }
  }
}
