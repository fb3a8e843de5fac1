package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.AMENDMENT_ADDED_SIGNATORIES;
import static io.github.clsante.validation.internal.Members.ANY;
import static io.github.clsante.validation.internal.Members.BODY_CHAIRS;
import static io.github.clsante.validation.internal.Members.BODY_MEMBERS;
import static io.github.clsante.validation.internal.Members.CARRIER_DELIBERATION_DATE;
import static io.github.clsante.validation.internal.Members.CARRIER_PARTY;
import static io.github.clsante.validation.internal.Members.CONTRACT_AMENDMENTS;
import static io.github.clsante.validation.internal.Members.CONTRACT_CARRIERS;
import static io.github.clsante.validation.internal.Members.CONTRACT_COORDINATOR;
import static io.github.clsante.validation.internal.Members.CONTRACT_DIAGNOSTIC;
import static io.github.clsante.validation.internal.Members.CONTRACT_ELECTED_REFERENTS;
import static io.github.clsante.validation.internal.Members.CONTRACT_GOVERNANCE_BODIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_LINKED_SCHEMES;
import static io.github.clsante.validation.internal.Members.CONTRACT_PARTIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_PERIOD;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATORIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATORIES_COMPLETE;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATURE_DATE;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATURE_DATE_AS_WRITTEN;
import static io.github.clsante.validation.internal.Members.CONTRACT_SIGNATURE_PRINTED_BLANK;
import static io.github.clsante.validation.internal.Members.CONTRACT_STATUS;
import static io.github.clsante.validation.internal.Members.COORDINATOR_CONTACT;
import static io.github.clsante.validation.internal.Members.COORDINATOR_EMPLOYER;
import static io.github.clsante.validation.internal.Members.COORDINATOR_FUNDED_BY;
import static io.github.clsante.validation.internal.Members.DIAGNOSTIC_PRODUCER;
import static io.github.clsante.validation.internal.Members.PARTY_CATEGORY;
import static io.github.clsante.validation.internal.Members.PARTY_ID;
import static io.github.clsante.validation.internal.Members.PARTY_IDENTIFIERS;
import static io.github.clsante.validation.internal.Members.PARTY_KIND;
import static io.github.clsante.validation.internal.Members.PARTY_PARENT_ID;
import static io.github.clsante.validation.internal.Members.PERIOD_END;
import static io.github.clsante.validation.internal.Members.PERSON_NAME;
import static io.github.clsante.validation.internal.Members.SCHEME_PARTY;
import static io.github.clsante.validation.internal.Members.SIGNATORY_DELIBERATION_DATE;
import static io.github.clsante.validation.internal.Members.SIGNATORY_PARTY;
import static io.github.clsante.validation.internal.Members.SIGNATORY_REPRESENTATIVE;
import static io.github.clsante.validation.internal.Members.SIGNATORY_SIGNATURE_DATE;
import static io.github.clsante.validation.internal.Members.path;
import static io.github.clsante.validation.internal.Walk.at;
import static io.github.clsante.validation.internal.Walk.suggest;

import io.github.clsante.model.Amendment;
import io.github.clsante.model.Carrier;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyCategory;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.party.Person;
import io.github.clsante.serialization.FormatObject;
import io.github.clsante.validation.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of parties and signatures: references to parties, the field rules of parties and their
 * identifiers, parents, the people of the contract (coordinator, elected referents, governance bodies),
 * the signature's date and status, who signs (the ARS and a local authority, each carrier, no party
 * twice) and the deliberations that authorise signing.
 */
final class PartyRules extends RuleArea {

  /**
   * The categories of a carrier that count as the carrying local authority (collectivité porteuse): a
   * local authority, or a CCAS or CIAS carrying the contract for its commune or EPCI. A carrier of no
   * known category counts too.
   */
  private static final Set<PartyCategory> CARRYING_AUTHORITIES =
      EnumSet.of(PartyCategory.LOCAL_AUTHORITY, PartyCategory.SOCIAL_ACTION);

  /** A year of four digits (« 2018 ») or a date with a two-digit year (« 24/04/18 »). */
  private static final Pattern YEAR =
      Pattern.compile("(?<!\\d)(1[89]|2[01])\\d{2}(?!\\d)|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(?!\\d)");

  private static final String PARTY_IDS = path(CONTRACT_PARTIES, ANY, PARTY_ID);
  private static final String STATUS = path(CONTRACT_STATUS);
  private static final String SIGNATURE_DATE = path(CONTRACT_SIGNATURE_DATE);
  private static final String SIGNATORIES = path(CONTRACT_SIGNATORIES);
  private static final Place COORDINATOR = Place.of(path(CONTRACT_COORDINATOR));
  private static final Place DIAGNOSTIC_PRODUCER_PLACE = Place.of(path(CONTRACT_DIAGNOSTIC, DIAGNOSTIC_PRODUCER));
  private static final Place SIGNATURE_DATE_PLACE = Place.of(SIGNATURE_DATE);
  /** Where the signatories' own dates are, any of them. */
  private static final Place SIGNATORIES_DATES = Place.of(path(CONTRACT_SIGNATORIES, ANY, SIGNATORY_SIGNATURE_DATE));

  private final CodeRules codes;

  PartyRules(Walk walk, CodeRules codes) {
    super(walk);
    this.codes = codes;
  }

  /** The carriers' references. */
  void carriers() {
    for (int i = 0; i < contract.carriers().size(); i++) {
      walk.ref(contract.carriers().get(i).party(), at(at(Place.ROOT, CONTRACT_CARRIERS, i), CARRIER_PARTY));
    }
  }

  /**
   * The signature: its date against the status and the period, the signatories' references, and a
   * signed contract's date and signatories (the ARS and a local authority).
   */
  void signature() {
    Optional<PartialDate> date = contract.signatureDate();
    String[] status = contract.status()
        .map(known -> new String[] {"status", known.code(), "statusLabel", known.frenchLabel()})
        .orElse(new String[0]);
    if (contract.status().filter(ContractStatus.IN_PREPARATION::equals).isPresent() && date.isPresent()
        && walk.intact(STATUS)) {
      walk.add(Rule.CONTRACT_SIGNATURE_STATUS, SIGNATURE_DATE, status);
    } else if (date.isPresent() && contract.period().flatMap(Period::end)
        .filter(end -> end.isCertainlyBefore(date.get())).isPresent()
        && walk.intact(STATUS, path(CONTRACT_PERIOD, PERIOD_END))) {
      walk.add(Rule.CONTRACT_SIGNATURE_STATUS, SIGNATURE_DATE, status);
    }
    boolean ars = false;
    boolean localAuthority = false;
    for (int i = 0; i < contract.signatories().size(); i++) {
      Signatory signatory = contract.signatories().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_SIGNATORIES, i);
      walk.ref(signatory.party(), at(pointer, SIGNATORY_PARTY));
      signatory.representative().ifPresent(person -> walk.person(person, at(pointer, SIGNATORY_REPRESENTATIVE)));
      String partyId = signatory.party().partyId();
      Optional<PartyCategory> category = Optional.ofNullable(walk.parties.get(partyId))
          .flatMap(Party::effectiveCategory);
      ars |= category.filter(PartyCategory.HEALTH_AGENCY::equals).isPresent();
      // A carrier is the carrying local authority (collectivité porteuse) unless its category says otherwise.
      localAuthority |= category.filter(PartyCategory.LOCAL_AUTHORITY::equals).isPresent()
          || walk.carriers.contains(partyId) && category.map(CARRYING_AUTHORITIES::contains).orElse(true);
    }
    if (!walk.signed || !walk.intact(STATUS)) {
      return;
    }
    if (date.isEmpty() && !signatureDateExplained() && walk.intact(SIGNATURE_DATE,
        path(CONTRACT_SIGNATURE_PRINTED_BLANK), path(CONTRACT_SIGNATURE_DATE_AS_WRITTEN))) {
      walk.add(Rule.CONTRACT_SIGNATURE_DATE_MISSING, STATUS,
          contract.signatureDateAsWritten().map(written -> new String[] {"asWritten", written}).orElse(new String[0]));
    }
    List<String> missing = new ArrayList<>();
    if (!ars) {
      missing.add("ars");
    }
    if (!localAuthority) {
      missing.add("local_authority");
    }
    // A list known to be incomplete may lack them on the page that is missing: the file says so already.
    boolean complete = !contract.signatoriesComplete().equals(Optional.of(false));
    if (!missing.isEmpty() && complete && walk.intact(SIGNATORIES, path(CONTRACT_CARRIERS),
        path(CONTRACT_PARTIES, ANY, PARTY_KIND), path(CONTRACT_PARTIES, ANY, PARTY_CATEGORY), PARTY_IDS,
        path(CONTRACT_SIGNATORIES_COMPLETE))) {
      walk.add(Rule.CONTRACT_SIGNATORIES, contract.signatories().isEmpty() ? "" : SIGNATORIES, "missing",
          String.join(", ", missing));
    }
  }

  /**
   * Whether the file says why a signed contract has no signature date: its published copy prints the
   * signature block blank, or writes the date without a year (« Ce mardi 24 avril »). A date as written
   * that names its year can be copied into {@code signatureDate}.
   */
  private boolean signatureDateExplained() {
    return contract.signaturePrintedBlank().orElse(false)
        || contract.signatureDateAsWritten().filter(written -> !YEAR.matcher(written).find()).isPresent();
  }

  /** The parties: their field rules and identifiers', their parent, their names and codes. */
  void parties() {
    for (int i = 0; i < contract.parties().size(); i++) {
      Party party = contract.parties().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_PARTIES, i);
      walk.fields(party, FormatObject.PARTY, pointer);
      for (int j = 0; j < party.identifiers().size(); j++) {
        walk.fields(party.identifiers().get(j), FormatObject.IDENTIFIER, at(pointer, PARTY_IDENTIFIERS, j));
      }
      if (party.parentId().isPresent() && !walk.parties.containsKey(party.parentId().get())
          && walk.intact(PARTY_IDS)) {
        walk.add(Rule.REF_PARENT_UNKNOWN, at(pointer, PARTY_PARENT_ID),
            suggest("partyId", party.parentId().get(), walk.parties.keySet()));
      }
      codes.party(party, pointer);
    }
  }

  /**
   * The people of the contract: coordinator, elected referents, governance bodies, the diagnostic's
   * producer, the parties of the linked schemes.
   */
  void people() {
    contract.coordinator().ifPresent(this::coordinator);
    for (int i = 0; i < contract.electedReferents().size(); i++) {
      walk.person(contract.electedReferents().get(i), at(Place.ROOT, CONTRACT_ELECTED_REFERENTS, i));
    }
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      GovernanceBody body = contract.governanceBodies().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_GOVERNANCE_BODIES, i);
      walk.refs(body.members(), pointer, BODY_MEMBERS);
      walk.refs(body.chairs(), pointer, BODY_CHAIRS);
    }
    contract.diagnostic().flatMap(d -> d.producer())
        .ifPresent(ref -> walk.ref(ref, DIAGNOSTIC_PRODUCER_PLACE));
    for (int i = 0; i < contract.linkedSchemes().size(); i++) {
      Place at = at(Place.ROOT, CONTRACT_LINKED_SCHEMES, i);
      contract.linkedSchemes().get(i).party().ifPresent(ref -> walk.ref(ref, at(at, SCHEME_PARTY)));
    }
  }

  private void coordinator(Coordinator coordinator) {
    Place pointer = COORDINATOR;
    coordinator.employer().ifPresent(ref -> walk.ref(ref, at(pointer, COORDINATOR_EMPLOYER)));
    walk.refs(coordinator.fundedBy(), pointer, COORDINATOR_FUNDED_BY);
    coordinator.contact().ifPresent(contact -> walk.fields(contact, FormatObject.CONTACT, at(pointer, COORDINATOR_CONTACT)));
  }

  /**
   * The signature lines: a party listed twice, a deliberation dated after the signature it authorises,
   * a representative's placeholder name, and a carrier of a signed contract that does not sign. One
   * pass over the signatories, then one over the carriers.
   */
  void signatureLines() {
    Map<String, Integer> firstLines = new HashMap<>();
    Map<String, PartialDate> signedOn = new HashMap<>();
    Set<String> signing = new HashSet<>();
    for (int i = 0; i < contract.signatories().size(); i++) {
      Signatory signatory = contract.signatories().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_SIGNATORIES, i);
      String partyId = signatory.party().partyId();
      signing.add(partyId);
      signatory.signatureDate().ifPresent(date -> signedOn.putIfAbsent(partyId, date));
      Integer first = firstLines.putIfAbsent(partyId + '\u0000' + signatory.party().unit().orElse(""), i);
      if (first != null && walk.intact(path(CONTRACT_SIGNATORIES, ANY, SIGNATORY_PARTY))) {
        walk.add(Rule.CONTRACT_SIGNATORY_TWICE, pointer, "partyId", partyId, "name",
            Optional.ofNullable(walk.parties.get(partyId)).map(Party::name).orElse(partyId),
            "first", Integer.toString(first + 1));
      }
      if (signatory.deliberationDate().isPresent()) {
        boolean own = signatory.signatureDate().isPresent();
        deliberation(signatory.deliberationDate().get(), own ? signatory.signatureDate() : contract.signatureDate(),
            at(pointer, SIGNATORY_DELIBERATION_DATE), own ? at(pointer, SIGNATORY_SIGNATURE_DATE) : SIGNATURE_DATE_PLACE);
      }
      signatory.representative().flatMap(Person::name)
          .ifPresent(name -> codes.placeholder(name, at(at(pointer, SIGNATORY_REPRESENTATIVE), PERSON_NAME)));
    }
    for (Amendment amendment : contract.amendments()) {
      for (PartyRef added : amendment.addedSignatories()) {
        signing.add(added.partyId());
      }
    }
    // No signatory listed: the source does not name them (CLS-CONTRACT-SIGNATORIES says so); a list known
    // to be incomplete may lack the carrier on its missing page.
    boolean listed = !contract.signatories().isEmpty() && !contract.signatoriesComplete().equals(Optional.of(false));
    for (int i = 0; i < contract.carriers().size(); i++) {
      Carrier carrier = contract.carriers().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_CARRIERS, i);
      String partyId = carrier.party().partyId();
      if (carrier.deliberationDate().isPresent()) {
        Optional<PartialDate> own = Optional.ofNullable(signedOn.get(partyId));
        deliberation(carrier.deliberationDate().get(), own.or(contract::signatureDate),
            at(pointer, CARRIER_DELIBERATION_DATE),
            own.isPresent() ? SIGNATORIES_DATES : SIGNATURE_DATE_PLACE);
      }
      if (walk.signed && listed && !signing.contains(partyId) && walk.parties.containsKey(partyId)
          && walk.intact(STATUS, SIGNATORIES, path(CONTRACT_SIGNATORIES_COMPLETE),
              path(CONTRACT_AMENDMENTS, ANY, AMENDMENT_ADDED_SIGNATORIES))) {
        walk.add(Rule.CONTRACT_CARRIER_NOT_SIGNATORY, pointer, "partyId", partyId, "name",
            walk.parties.get(partyId).name());
      }
    }
  }

  /** A deliberation must come before the signature it authorises. */
  private void deliberation(PartialDate deliberation, Optional<PartialDate> signature, Place pointer,
      Place signaturePointer) {
    if (signature.filter(date -> date.isCertainlyBefore(deliberation)).isPresent() && walk.intact(signaturePointer)) {
      walk.add(Rule.CONTRACT_DELIBERATION_AFTER_SIGNATURE, pointer, "deliberationDate", deliberation.toString(),
          "signatureDate", signature.get().toString());
    }
  }
}
