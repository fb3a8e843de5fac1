package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.ANY;
import static io.github.clsante.validation.internal.Members.AXIS_TITLE;
import static io.github.clsante.validation.internal.Members.CONTRACT_AXES;
import static io.github.clsante.validation.internal.Members.CONTRACT_GENERAL_OBJECTIVES;
import static io.github.clsante.validation.internal.Members.CONTRACT_PRIORITIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATURE_DATE;
import static io.github.clsante.validation.internal.Members.OBJECTIVE_LISTS;
import static io.github.clsante.validation.internal.Members.OBJECTIVE_TITLE;
import static io.github.clsante.validation.internal.Members.SCHEME_LISTS;
import static io.github.clsante.validation.internal.Members.SHEET_GENERAL_OBJECTIVE;
import static io.github.clsante.validation.internal.Members.SHEET_LISTS;
import static io.github.clsante.validation.internal.Members.SHEET_OPERATIONAL_OBJECTIVES;
import static io.github.clsante.validation.internal.Members.SHEET_SPECIFIC_OBJECTIVES;
import static io.github.clsante.validation.internal.Members.SHEET_SUB_ACTIONS;
import static io.github.clsante.validation.internal.Members.SHEET_TITLE;
import static io.github.clsante.validation.internal.Members.anywhere;
import static io.github.clsante.validation.internal.Members.path;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.validation.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The loi 3DS rule (CLS-CONTRACT-MENTAL-HEALTH), in the same walk as the others: the walk notes every
 * axis, objective and sheet that speaks of mental health as it visits them, and {@link #contract()}
 * adds the contract's own texts and links, then decides.
 */
final class MentalHealthRules extends RuleArea {

  /** The loi 3DS, whose article 122 requires a mental-health part in every CLS. */
  static final LocalDate LOI_3DS = LocalDate.of(2022, 2, 23);

  private static final Set<SchemeKind> MENTAL_HEALTH_SCHEMES = Set.of(SchemeKind.CLSM, SchemeKind.PTSM, SchemeKind.CTSM);

  /** Every text and link the rule reads: when one of them could not be read, it may be the mental-health part. */
  private static final String[] TEXTS = texts();

  private static String[] texts() {
    List<String> sheetsAndSubActions = new ArrayList<>(SHEET_LISTS);
    sheetsAndSubActions.add(SHEET_SUB_ACTIONS);
    List<String> texts = new ArrayList<>(List.of(path(CONTRACT_SIGNATURE_DATE), path(CONTRACT_PRIORITIES),
        path(CONTRACT_GENERAL_OBJECTIVES), path(CONTRACT_AXES, ANY, AXIS_TITLE)));
    texts.addAll(Arrays.asList(anywhere(SCHEME_LISTS)));
    texts.addAll(Arrays.asList(anywhere(OBJECTIVE_LISTS, ANY, OBJECTIVE_TITLE)));
    texts.addAll(Arrays.asList(anywhere(sheetsAndSubActions, ANY, SHEET_TITLE)));
    texts.addAll(Arrays.asList(anywhere(List.of(SHEET_GENERAL_OBJECTIVE, SHEET_SPECIFIC_OBJECTIVES,
        SHEET_OPERATIONAL_OBJECTIVES))));
    return texts.toArray(new String[0]);
  }

  /** Whether the rule applies: signed on or after the day the law came into force. */
  private final boolean applies;
  /** Whether a text or link of the contract seen so far is its mental-health part. */
  private boolean found;

  MentalHealthRules(Walk walk) {
    super(walk);
    this.applies = contract.signatureDate().filter(date -> !date.firstDay().isBefore(LOI_3DS)).isPresent();
  }

  /** Notes the title of an axis or of an objective. */
  void title(String title) {
    note(title);
  }

  /** Notes a sheet's or sub-action's title, objectives and links. */
  void sheet(ActionSheet sheet) {
    note(sheet.title());
    if (sheet.generalObjective().isPresent()) {
      note(sheet.generalObjective().get());
    }
    note(sheet.specificObjectives());
    note(sheet.operationalObjectives());
    noteSchemes(sheet.linkedSchemes());
  }

  /** Adds the contract's own texts and links, once every axis and sheet is noted, and decides. */
  void contract() {
    if (!applies) {
      return; // signed before the law, or perhaps before it
    }
    if (!walk.intact(TEXTS)) {
      return; // an unreadable text or scheme may be the mental-health part
    }
    note(contract.priorities());
    note(contract.generalObjectives());
    noteSchemes(contract.linkedSchemes());
    if (!found) {
      walk.add(Rule.CONTRACT_MENTAL_HEALTH, "");
    }
  }

  private void note(List<String> texts) {
    for (String text : texts) {
      note(text);
    }
  }

  /** Notes a text of the contract that speaks of mental health; once one is found, reads no more. */
  private void note(String text) {
    if (applies && !found && mentionsMentalHealth(text)) {
      found = true;
    }
  }

  private void noteSchemes(List<SchemeLink> links) {
    if (applies && !found) {
      for (SchemeLink link : links) {
        found |= MENTAL_HEALTH_SCHEMES.contains(link.kind());
      }
    }
  }

  /** « santé mentale », whatever the case and accents (« SANTE MENTALE »). */
  static boolean mentionsMentalHealth(String text) {
    String folded = Folding.fold(text);
    return folded.contains("sante mentale") || folded.contains("psychique") || folded.contains("suicid")
        || folded.contains("psychiatr");
  }
}
