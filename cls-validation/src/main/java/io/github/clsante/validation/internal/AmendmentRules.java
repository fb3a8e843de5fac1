package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.AMENDMENT_ADDED_SIGNATORIES;
import static io.github.clsante.validation.internal.Members.AMENDMENT_AFFECTED_SHEET_IDS;
import static io.github.clsante.validation.internal.Members.AMENDMENT_NEW_PERIOD;
import static io.github.clsante.validation.internal.Members.AMENDMENT_NUMBER;
import static io.github.clsante.validation.internal.Members.AMENDMENT_SIGNATURE_DATE;
import static io.github.clsante.validation.internal.Members.ANY;
import static io.github.clsante.validation.internal.Members.CONTRACT_AMENDMENTS;
import static io.github.clsante.validation.internal.Members.CONTRACT_PERIOD;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATURE_DATE;
import static io.github.clsante.validation.internal.Members.PERIOD_END;
import static io.github.clsante.validation.internal.Members.path;
import static io.github.clsante.validation.internal.Walk.at;
import static io.github.clsante.validation.internal.Walk.suggest;

import io.github.clsante.model.Amendment;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.validation.Rule;
import java.util.Optional;

/**
 * The rules of amendments: numbered 1, 2, 3… in order, signed between the contract's signature and the
 * end of its period (as the amendment extends it), naming sheets and signatories the contract has.
 */
final class AmendmentRules extends RuleArea {


  AmendmentRules(Walk walk) {
    super(walk);
  }

  void amendments() {
    int expected = 1;
    for (int i = 0; i < contract.amendments().size(); i++) {
      Amendment amendment = contract.amendments().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_AMENDMENTS, i);
      if (amendment.number().isPresent()) {
        if (amendment.number().get() != expected && walk.intact(path(CONTRACT_AMENDMENTS, ANY, AMENDMENT_NUMBER))) {
          walk.add(Rule.AMENDMENT_ORDER, at(pointer, AMENDMENT_NUMBER), "expected", Integer.toString(expected));
        }
        expected = amendment.number().get() + 1;
      }
      walk.refs(amendment.addedSignatories(), pointer, AMENDMENT_ADDED_SIGNATORIES);
      amendment.newPeriod().ifPresent(period -> walk.period(period, at(pointer, AMENDMENT_NEW_PERIOD)));
      for (int j = 0; j < amendment.affectedSheetIds().size(); j++) {
        String id = amendment.affectedSheetIds().get(j);
        if (!walk.sheetIds.contains(id) && walk.sheetIdsRead()) {
          walk.add(Rule.REF_SHEET_UNKNOWN, at(pointer, AMENDMENT_AFFECTED_SHEET_IDS, j),
              suggest("sheetId", id, walk.sheetIds.inOrder()));
        }
      }
      Optional<PartialDate> date = amendment.signatureDate();
      boolean beforeContract = date.isPresent() && contract.signatureDate()
          .filter(signature -> date.get().isCertainlyBefore(signature)).isPresent();
      Optional<PartialDate> end = amendment.newPeriod().flatMap(Period::end)
          .or(() -> contract.period().flatMap(Period::end));
      boolean afterEnd = date.isPresent() && end.filter(e -> e.isCertainlyBefore(date.get())).isPresent();
      if ((beforeContract || afterEnd) && walk.intact(path(CONTRACT_SIGNATURE_DATE),
          path(CONTRACT_PERIOD, PERIOD_END)) && walk.intact(pointer, AMENDMENT_NEW_PERIOD)) {
        walk.add(Rule.AMENDMENT_DATE, at(pointer, AMENDMENT_SIGNATURE_DATE));
      }
    }
  }
}
