package io.github.clsante.model;

import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Territory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action sheet (fiche action): one action of a contract's programme, with its pilots, partners,
 * objectives, schedule, budget and evaluation indicators.
 *
 * <p>Besides the fields of a CLS fiche, a sheet holds those that local authorities keep in Territoires
 * en Transitions (elected referents, pilot services, resources, citizen participation, budget lines,
 * sub-actions, follow-up notes, linked sheets), so that their spreadsheets can be imported with
 * nothing lost. Only {@link #id()} and {@link #title()} are required: a sheet may be held incomplete
 * or wrong (no pilot, a duplicate number) and validation reports on it.
 *
 * <pre>{@code
 * ActionSheet sheet = ActionSheet.builder()
 *     .id("fa-9")
 *     .number("9")
 *     .title("Développer les mobilités pour une bonne santé")
 *     .addPilots(PartyRef.builder()
 *         .partyId("agglopolys")
 *         .unit("direction des mobilités")
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ActionSheet extends WithActionSheet {

  /**
   * Returns the sheet's identifier, unique within its contract.
   *
   * @return the identifier
   */
  String id();

  /**
   * Returns the sheet's number as the contract writes it ({@code "1"}, {@code "1.2"}, {@code "A3"});
   * see {@link Contract#sheetNumbering()} for its scope.
   *
   * @return the number, if the sheet has one
   */
  Optional<String> number();

  /**
   * Returns the sheet's heading as the contract prints it (« FIche Action N 4 », « Fiche-action 2.3 »),
   * beside the number it gives.
   *
   * @return the label, if any
   */
  Optional<String> label();

  /**
   * Returns the sheet's title (intitulé), exactly as written.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the title in other languages.
   *
   * @return the translations, possibly empty
   */
  List<LocalizedText> titleTranslations();

  /**
   * Returns the progress status.
   *
   * @return the status, if given
   */
  Optional<SheetStatus> status();

  /**
   * Returns the priority.
   *
   * @return the priority, if given
   */
  Optional<Priority> priority();

  /**
   * Tells whether the action is new, or an existing one the contract amplifies.
   *
   * @return {@code true} for a new action, {@code false} for an existing one, empty if not said
   */
  Optional<Boolean> newAction();

  /**
   * Tells whether the action is repeated every year with no end date (action récurrente).
   *
   * @return {@code true} for a recurring action, if stated (format 1.0 read a missing value as
   *     {@code false})
   */
  Optional<Boolean> recurring();

  /**
   * Returns the pilots (pilotes, porteurs), in the contract's order; a signed contract's sheet has at
   * least one.
   *
   * @return the pilots, possibly empty
   */
  List<PartyRef> pilots();

  /**
   * Returns the partners (partenaires).
   *
   * @return the partners, possibly empty
   */
  List<PartyRef> partners();

  /**
   * Returns the elected referents (élus référents).
   *
   * @return the referents, possibly empty
   */
  List<Person> electedReferents();

  /**
   * Returns the pilot services or directions, exactly as written (« direction des mobilités »).
   *
   * @return the services, possibly empty
   */
  List<String> pilotServices();

  /**
   * Returns the context of the action (contexte, constat, justification).
   *
   * @return the context, exactly as written, if given
   */
  Optional<String> context();

  /**
   * Returns the general objective (objectif général).
   *
   * @return the objective, exactly as written, if given
   */
  Optional<String> generalObjective();

  /**
   * Returns the specific objectives (objectifs spécifiques), exactly as written.
   *
   * @return the objectives, possibly empty
   */
  List<String> specificObjectives();

  /**
   * Returns the operational objectives (objectifs opérationnels), exactly as written.
   *
   * @return the objectives, possibly empty
   */
  List<String> operationalObjectives();

  /**
   * Returns the description of the action (description, modalités de mise en œuvre).
   *
   * @return the description, exactly as written, if given
   */
  Optional<String> description();

  /**
   * Returns the steps of the action (étapes), exactly as written.
   *
   * @return the steps, possibly empty
   */
  List<String> steps();

  /**
   * Returns the target publics (publics cibles), from the code list.
   *
   * @return the publics, possibly empty
   */
  List<TargetPublic> targetPublics();

  /**
   * Returns the target publics in the contract's own words (« seniors isolés des communes rurales »).
   *
   * @return the description, if given
   */
  Optional<String> targetPublicDescription();

  /**
   * Returns the territory the action intervenes on, when narrower than the contract's.
   *
   * @return the territory, if given
   */
  Optional<Territory> interventionTerritory();

  /**
   * Returns the schedule of the action (calendrier).
   *
   * @return the schedule, if given
   */
  Optional<Period> schedule();

  /**
   * Returns the action's total budget (budget prévisionnel).
   *
   * @return the budget, if given
   */
  Optional<EuroAmount> budget();

  /**
   * Returns the fundings (financements), in the contract's order.
   *
   * @return the fundings, possibly empty
   */
  List<Funding> fundings();

  /**
   * Returns the budget lines, in the contract's order.
   *
   * @return the budget lines, possibly empty
   */
  List<BudgetLine> budgetLines();

  /**
   * Returns the human resources the action mobilises (moyens humains).
   *
   * @return the resources, exactly as written, if given
   */
  Optional<String> humanResources();

  /**
   * Returns the technical and material resources the action mobilises (moyens techniques).
   *
   * @return the resources, exactly as written, if given
   */
  Optional<String> technicalResources();

  /**
   * Returns the objectives of the regional health project the action serves (liens avec le PRS),
   * exactly as written.
   *
   * @return the PRS links, possibly empty
   */
  List<String> prsLinks();

  /**
   * Returns the determinants of health the action works on.
   *
   * @return the determinants, possibly empty
   */
  List<HealthDeterminant> determinants();

  /**
   * Returns the other schemes the action is linked to.
   *
   * @return the links, possibly empty
   */
  List<SchemeLink> linkedSchemes();

  /**
   * Returns the identifiers of the governance bodies that follow the action.
   *
   * @return the body identifiers, possibly empty
   */
  List<String> governanceBodyIds();

  /**
   * Returns how citizens take part in the action.
   *
   * @return the participation, if given
   */
  Optional<CitizenParticipation> citizenParticipation();

  /**
   * Returns the evaluation indicators (indicateurs d’évaluation).
   *
   * @return the indicators, possibly empty
   */
  List<Indicator> indicators();

  /**
   * Returns the sub-actions (sous-actions), themselves action sheets.
   *
   * @return the sub-actions, possibly empty
   */
  List<ActionSheet> subActions();

  /**
   * Returns the identifiers of related action sheets (fiches liées).
   *
   * @return the sheet identifiers, possibly empty
   */
  List<String> linkedSheetIds();

  /**
   * Returns the follow-up notes, in the contract's order.
   *
   * @return the notes, possibly empty
   */
  List<FollowUpNote> followUpNotes();

  /**
   * Returns extension data, by namespace: each value is a JSON text kept as it was received.
   *
   * @return the extensions, possibly empty
   */
  Map<String, String> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder of action sheets
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of an action sheet.
   *
   * @param actionSheet the action sheet to copy
   * @return the copy, or the action sheet itself when it is already immutable
   */
  static ActionSheet copyOf(ActionSheet actionSheet) {
    return ImmutableActionSheet.copyOf(actionSheet);
  }

  /** Builds an action sheet: set its values, then call {@code build()}; obtained from {@link ActionSheet#builder()}. */
  final class Builder extends ImmutableActionSheet.Builder {
    Builder() {}
  }
}
