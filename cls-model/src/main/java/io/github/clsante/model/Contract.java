package io.github.clsante.model;

import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.FormerRegion;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A local health contract (contrat local de santé, CLS): the agreement an Agence régionale de santé
 * signs with a local authority and its partners to decline the regional health project on a
 * territory, with its strategic axes and action sheets.
 *
 * <p>Required: {@link #id()}, {@link #leadArs()} and {@link #territory()}; everything else may be
 * absent (the {@link #status()} too, when the source does not say it), so that a contract in
 * preparation, or a wrong one, can be held without error and reported on by validation. Parties are declared once in {@link #parties()}
 * and referenced by identifier everywhere else. Text is kept exactly as the contract writes it.
 *
 * <pre>{@code
 * Contract contract = Contract.builder()
 *     .id("cls-agglopolys-2022-2027")
 *     .title("Contrat local de santé d’Agglopolys 2022-2027")
 *     .status(ContractStatus.IN_FORCE)
 *     .leadArs(Region.CENTRE_VAL_DE_LOIRE)
 *     .territory(Territory.builder().name("Agglopolys").addDepartements("41").build())
 *     .period(Period.between(PartialDate.ofYear(2022), PartialDate.ofYear(2027)))
 *     .addParties(agglopolys, cias)
 *     .addAxes(axis1, axis2)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Contract extends WithContract {

  /**
   * Returns the contract's identifier.
   *
   * @return the identifier ({@code "cls-agglopolys-2022-2027"})
   */
  String id();

  /**
   * Returns the contract's title, exactly as written (« Contrat local de Santé de Chartres
   * métropole »).
   *
   * @return the title; empty when the source does not state one (a title is never made up)
   */
  Optional<String> title();

  /**
   * Returns the title in other languages.
   *
   * @return the translations, possibly empty
   */
  List<LocalizedText> titleTranslations();

  /**
   * Returns the lifecycle status.
   *
   * @return the status, if the source states it (a working draft may not)
   */
  Optional<ContractStatus> status();

  /**
   * Returns what kind of contract this is: pluriannual (the usual 3 to 5 years), or a one-year
   * préfiguration that prepares the pluriannual one.
   *
   * @return the kind, if the contract states it
   */
  Optional<ContractKind> kind();

  /**
   * Returns the version of the document this contract was read from (« Document de travail »,
   * « [PROJET – VERSION JUILLET 2016] »): the document's own label and date, not the contract's
   * lifecycle status.
   *
   * @return the document version, if the document states one
   */
  Optional<DocumentVersion> documentVersion();

  /**
   * Returns the contract's generation on its territory (1 for a first contract, 2 for the next…).
   *
   * @return the generation, if known
   */
  Optional<Integer> generation();

  /**
   * Returns the previous contract this one follows, with its evaluation.
   *
   * @return the previous contract, if any
   */
  Optional<ContractReference> previousContract();

  /**
   * Returns the contract that followed this one on its territory.
   *
   * @return the successor, if known
   */
  Optional<ContractReference> successorContract();

  /**
   * Returns what the evaluation of this contract concluded, in its own words.
   *
   * @return the evaluation, if one is known
   */
  Optional<String> evaluation();

  /**
   * Returns the region whose Agence régionale de santé leads the contract (ARS pilote).
   *
   * @return the lead ARS's region
   */
  Region leadArs();

  /**
   * Returns, for a contract led before the regions merged on 1 January 2016, the former region whose
   * ARS led it (« ARS Auvergne »); {@link #leadArs()} is then the region it merged into.
   *
   * @return the former region, if the contract was led by a former region's ARS
   */
  Optional<FormerRegion> formerLeadArs();

  /**
   * Returns the territory the contract covers (périmètre).
   *
   * @return the territory
   */
  Territory territory();

  /**
   * Returns the carriers (porteurs): the carrying authority, or several co-carriers, each with its
   * deliberation.
   *
   * @return the carriers, possibly empty
   */
  List<Carrier> carriers();

  /**
   * Returns the contract's period (durée, période de déploiement).
   *
   * @return the period; empty while unknown, for instance in preparation
   */
  Optional<Period> period();

  /**
   * Returns when the contract was signed. It may fall after the period has begun.
   *
   * @return the date, to the day, month or year, if signed and known
   */
  Optional<PartialDate> signatureDate();

  /**
   * Returns where the contract was signed, as written (« Fait à Murat »).
   *
   * @return the place, if the signature block gives one
   */
  Optional<String> signaturePlace();

  /**
   * Returns the signature date exactly as the signature block writes it (« Ce mardi 24 avril »), which
   * may say less than a date (no year).
   *
   * @return the date as written, if any
   */
  Optional<String> signatureDateAsWritten();

  /**
   * Tells whether the signature block is printed blank in the published copy (« A le , »): the
   * contract was published unsigned, or before signature.
   *
   * @return {@code true} for a blank signature block, if known
   */
  Optional<Boolean> signaturePrintedBlank();

  /**
   * Tells whether the signatories listed are all the contract's: {@code false} when the list is known
   * to be incomplete (a signature page missing from the copy at hand).
   *
   * @return whether the list is complete, if known
   */
  Optional<Boolean> signatoriesComplete();

  /**
   * Returns the signatories, principal and associated.
   *
   * @return the signatories, possibly empty
   */
  List<Signatory> signatories();

  /**
   * Returns every party of the contract, each once, referred to by identifier everywhere else.
   *
   * @return the parties, possibly empty
   */
  List<Party> parties();

  /**
   * Returns the coordinator (coordonnateur CLS).
   *
   * @return the coordinator, if the contract names the post
   */
  Optional<Coordinator> coordinator();

  /**
   * Returns the elected officials who pilot the contract for the local authority (élus référents).
   *
   * @return the elected referents, possibly empty
   */
  List<Person> electedReferents();

  /**
   * Returns the governance bodies (instances de gouvernance).
   *
   * @return the bodies, possibly empty
   */
  List<GovernanceBody> governanceBodies();

  /**
   * Returns the shared diagnostic (diagnostic local de santé).
   *
   * @return the diagnostic, if the contract mentions one
   */
  Optional<Diagnostic> diagnostic();

  /**
   * Returns the regional health project the contract declines (PRS).
   *
   * @return the PRS reference, if given
   */
  Optional<PrsReference> prs();

  /**
   * Returns the contract's priorities or themes, exactly as written (« les inégalités de santé et le
   * vieillissement de la population »).
   *
   * @return the priorities, possibly empty
   */
  List<String> priorities();

  /**
   * Returns the contract's general objectives, exactly as written (« réduire les inégalités sociales
   * et territoriales de santé »).
   *
   * @return the objectives, possibly empty
   */
  List<String> generalObjectives();

  /**
   * Returns the links to other schemes (CLSM, contrat de ville, CPTS, PTSM, PCAET, PST…).
   *
   * @return the links, possibly empty
   */
  List<SchemeLink> linkedSchemes();

  /**
   * Returns the legal bases cited (visas), exactly as written (« article L1434-10 du code de la santé
   * publique »).
   *
   * @return the legal bases, possibly empty
   */
  List<String> legalBases();

  /**
   * Returns how the contract numbers its action sheets.
   *
   * @return the numbering, if stated (format 1.0 read a missing numbering as {@link
   *     SheetNumbering#CONTRACT_WIDE}; rules number contract-wide when it is not stated)
   */
  Optional<SheetNumbering> sheetNumbering();

  /**
   * Returns the strategic axes, in the contract's order.
   *
   * @return the axes, possibly empty (a contract may put its sheets directly under itself)
   */
  List<Axis> axes();

  /**
   * Returns the action sheets placed directly under the contract, outside any axis.
   *
   * @return the sheets, possibly empty
   */
  List<ActionSheet> actionSheets();

  /**
   * Returns how many axes the contract announces, whether or not they are listed.
   *
   * @return the announced count, if the contract states one
   */
  Optional<Integer> announcedAxisCount();

  /**
   * Returns how many action sheets the contract announces, whether or not they are listed: a contract
   * may publish its sheets as a separate annex (« Ces quatre axes se déclinent en 56 fiches
   * actions »).
   *
   * @return the announced count, if the contract states one
   */
  Optional<Integer> announcedActionSheetCount();

  /**
   * Tells whether the announced number of action sheets is a minimum (« au moins 11 fiches »).
   *
   * @return {@code true} for « at least », if the contract says so
   */
  Optional<Boolean> announcedActionSheetCountAtLeast();

  /**
   * Tells whether the action sheets listed are all the contract's: {@code false} when more are known
   * to exist than are listed.
   *
   * @return whether the list is complete, if known
   */
  Optional<Boolean> actionSheetsComplete();

  /**
   * Tells whether the action sheets are published in a separate annex (an annex that may not be at
   * hand, whose count may be unknown).
   *
   * @return {@code true} for sheets in an annex, if the contract says so
   */
  Optional<Boolean> actionSheetsAnnexed();

  /**
   * Returns the contract-level indicators (evaluation of the contract's process and dynamics).
   *
   * @return the indicators, possibly empty
   */
  List<Indicator> indicators();

  /**
   * Returns the amendments (avenants), signed or announced, in the contract's order.
   *
   * @return the amendments, possibly empty
   */
  List<Amendment> amendments();

  /**
   * Returns the dated events of the contract's life (seminars, opinions, first meetings).
   *
   * @return the milestones, possibly empty
   */
  List<Milestone> milestones();

  /**
   * Returns the documents of the contract (convention, annexes, diagnostic report).
   *
   * @return the documents, possibly empty
   */
  List<Document> documents();

  /**
   * Returns extension data, by namespace ({@code "fr.tet"}): each value is a JSON text kept as it was
   * received.
   *
   * @return the extensions, possibly empty
   */
  Map<String, String> extensions();

  /**
   * Returns every action sheet of the contract: those of each axis ({@link Axis#allActionSheets()}),
   * then those placed directly under the contract (sub-actions not included). Computed once.
   *
   * @return the sheets, in the contract's order
   */
  @Value.Lazy
  default List<ActionSheet> allActionSheets() {
    List<ActionSheet> sheets = new ArrayList<>();
    for (Axis axis : axes()) {
      sheets.addAll(axis.allActionSheets());
    }
    sheets.addAll(actionSheets());
    return Collections.unmodifiableList(sheets);
  }

  /**
   * Returns the party with the given identifier. Computed once per contract, so each look-up takes
   * constant time.
   *
   * @param partyId the party identifier
   * @return the first party declared with that identifier, or empty if none
   */
  default Optional<Party> party(String partyId) {
    return Optional.ofNullable(partiesById().get(partyId));
  }

  /**
   * Returns the parties by identifier; the first declared wins when identifiers repeat.
   *
   * @return an unmodifiable map
   */
  @Value.Lazy
  default Map<String, Party> partiesById() {
    Map<String, Party> byId = new HashMap<>(parties().size() * 2);
    for (Party party : parties()) {
      byId.putIfAbsent(party.id(), party);
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of contracts
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a contract.
   *
   * @param contract the contract to copy
   * @return the copy, or the contract itself when it is already immutable
   */
  static Contract copyOf(Contract contract) {
    return ImmutableContract.copyOf(contract);
  }

  /** Builds a contract: set its values, then call {@code build()}; obtained from {@link Contract#builder()}. */
  final class Builder extends ImmutableContract.Builder {
    Builder() {}
  }
}
