package io.github.clsante.validation.internal;

import static io.github.clsante.validation.internal.Members.BODY_KIND;
import static io.github.clsante.validation.internal.Members.BODY_SHARED_WITH;
import static io.github.clsante.validation.internal.Members.CONTRACT_COORDINATOR;
import static io.github.clsante.validation.internal.Members.CONTRACT_ELECTED_REFERENTS;
import static io.github.clsante.validation.internal.Members.CONTRACT_GOVERNANCE_BODIES;
import static io.github.clsante.validation.internal.Members.CONTRACT_INDICATORS;
import static io.github.clsante.validation.internal.Members.CONTRACT_LINKED_SCHEMES;
import static io.github.clsante.validation.internal.Members.CONTRACT_TERRITORY;
import static io.github.clsante.validation.internal.Members.COORDINATOR_NAME;
import static io.github.clsante.validation.internal.Members.FUNDING_FUND;
import static io.github.clsante.validation.internal.Members.IDENTIFIER_SCHEME;
import static io.github.clsante.validation.internal.Members.INDICATOR_TYPE;
import static io.github.clsante.validation.internal.Members.PARTY_CATEGORY;
import static io.github.clsante.validation.internal.Members.PARTY_IDENTIFIERS;
import static io.github.clsante.validation.internal.Members.PARTY_KIND;
import static io.github.clsante.validation.internal.Members.PARTY_NAME;
import static io.github.clsante.validation.internal.Members.PERSON_NAME;
import static io.github.clsante.validation.internal.Members.SCHEME_KIND;
import static io.github.clsante.validation.internal.Members.SHEET_DETERMINANTS;
import static io.github.clsante.validation.internal.Members.SHEET_ELECTED_REFERENTS;
import static io.github.clsante.validation.internal.Members.SHEET_FUNDINGS;
import static io.github.clsante.validation.internal.Members.SHEET_INDICATORS;
import static io.github.clsante.validation.internal.Members.SHEET_INTERVENTION_TERRITORY;
import static io.github.clsante.validation.internal.Members.SHEET_LINKED_SCHEMES;
import static io.github.clsante.validation.internal.Members.SHEET_TARGET_PUBLICS;
import static io.github.clsante.validation.internal.Members.TERRITORY_KIND;
import static io.github.clsante.validation.internal.Members.path;
import static io.github.clsante.validation.internal.Walk.at;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Coded;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.FundKind;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.GovernanceBodyKind;
import io.github.clsante.model.HealthDeterminant;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.SchemeKind;
import io.github.clsante.model.SchemeLink;
import io.github.clsante.model.Spelling;
import io.github.clsante.model.TargetPublic;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.indicator.IndicatorType;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.Person;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.model.territory.TerritoryKind;
import io.github.clsante.validation.Rule;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules of names and open codes: a name that is a placeholder left from a template
 * (CLS-NAME-PLACEHOLDER), and a code of an open list that is not one of its well-known codes
 * (CLS-CODE-NOT-LISTED), with the code it most likely means.
 */
final class CodeRules extends RuleArea {


  CodeRules(Walk walk) {
    super(walk);
  }

  /** A placeholder left from a template where a name should be. */
  void placeholder(String name, Place pointer) {
    if (PlaceholderNames.isPlaceholder(name)) {
      walk.add(Rule.NAME_PLACEHOLDER, pointer, "name", name);
    }
  }

  /** The placeholder names of a list of persons. */
  private void placeholders(List<Person> persons, Place pointer, String member) {
    for (int i = 0; i < persons.size(); i++) {
      Optional<String> name = persons.get(i).name();
      if (name.isPresent() && PlaceholderNames.isPlaceholder(name.get())) {
        walk.add(Rule.NAME_PLACEHOLDER, at(at(pointer, member, i), PERSON_NAME), "name", name.get());
      }
    }
  }

  /** A code of an open list outside the list, with the well-known code it most likely means. */
  private <C extends OpenCode> void listed(C code, Place pointer, String member, String list, Collection<C> known) {
    if (!code.isKnown()) {
      notListed(code.code(), at(pointer, member), list, Spelling.closestCode(known, code.code()));
    }
  }

  /** A code of an open list, the element {@code index} of the list {@code member} at a place. */
  private <C extends OpenCode> void listed(C code, Place pointer, String member, int index, String list,
      Collection<C> known) {
    if (!code.isKnown()) {
      notListed(code.code(), at(pointer, member, index), list, Spelling.closestCode(known, code.code()));
    }
  }

  private void notListed(String code, Place pointer, String list, Optional<? extends Coded> close) {
    walk.add(Rule.CODE_NOT_LISTED, pointer, close.isEmpty() ? new String[] {"code", code, "problem", list}
        : new String[] {"code", code, "problem", list, "suggestion", close.get().code(),
            "suggestionLabel", close.get().frenchLabel()});
  }

  /** The codes of a list member ({@code targetPublics}) outside their open list. */
  private <C extends OpenCode> void listed(List<C> codes, Place pointer, String member, String list,
      Collection<C> known) {
    for (int i = 0; i < codes.size(); i++) {
      listed(codes.get(i), pointer, member, i, list, known);
    }
  }

  /**
   * A party's name and codes. A kind outside the list is not reported when the party states its
   * category, which says what the kind is, unless the kind is close to a well-known one (a typo).
   */
  void party(Party party, Place pointer) {
    placeholder(party.name(), at(pointer, PARTY_NAME));
    party.kind().filter(kind -> !kind.isKnown()).ifPresent(kind -> {
      Optional<PartyKind> close = PartyKind.closestKnown(kind.code());
      if (close.isPresent() || party.category().isEmpty() && walk.intact(pointer, PARTY_CATEGORY)) {
        notListed(kind.code(), at(pointer, PARTY_KIND), "party_kind", close);
      }
    });
    for (int i = 0; i < party.identifiers().size(); i++) {
      IdentifierScheme scheme = party.identifiers().get(i).scheme();
      if (!scheme.isKnown()) {
        listed(scheme, at(pointer, PARTY_IDENTIFIERS, i), IDENTIFIER_SCHEME, "identifier_scheme",
            IdentifierScheme.knownValues());
      }
    }
  }

  private void territoryKind(Territory territory, Place pointer) {
    territory.kind().ifPresent(kind -> listed(kind, pointer, TERRITORY_KIND, "territory_kind",
        TerritoryKind.knownValues()));
  }

  private void schemeKinds(List<SchemeLink> links, Place pointer, String member) {
    for (int i = 0; i < links.size(); i++) {
      SchemeKind kind = links.get(i).kind();
      if (!kind.isKnown()) {
        listed(kind, at(pointer, member, i), SCHEME_KIND, "scheme_kind", SchemeKind.knownValues());
      }
    }
  }

  private void indicatorTypes(List<Indicator> indicators, Place pointer, String member) {
    for (int i = 0; i < indicators.size(); i++) {
      Optional<IndicatorType> type = indicators.get(i).type();
      if (type.isPresent() && !type.get().isKnown()) {
        listed(type.get(), at(pointer, member, i), INDICATOR_TYPE, "indicator_type", IndicatorType.knownValues());
      }
    }
  }

  /**
   * The names and open codes of the contract outside its parties, signatories and sheets (each sheet's
   * are checked as the walk visits it, by {@link #sheet}).
   */
  void contract() {
    contract.coordinator().flatMap(Coordinator::name)
        .ifPresent(name -> placeholder(name, Place.of(path(CONTRACT_COORDINATOR, COORDINATOR_NAME))));
    placeholders(contract.electedReferents(), Place.ROOT, CONTRACT_ELECTED_REFERENTS);
    territoryKind(contract.territory(), Place.of(path(CONTRACT_TERRITORY)));
    schemeKinds(contract.linkedSchemes(), Place.ROOT, CONTRACT_LINKED_SCHEMES);
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      GovernanceBody body = contract.governanceBodies().get(i);
      Place pointer = at(Place.ROOT, CONTRACT_GOVERNANCE_BODIES, i);
      listed(body.kind(), pointer, BODY_KIND, "governance_body_kind", GovernanceBodyKind.knownValues());
      listed(body.sharedWith(), pointer, BODY_SHARED_WITH, "scheme_kind", SchemeKind.knownValues());
    }
    indicatorTypes(contract.indicators(), Place.ROOT, CONTRACT_INDICATORS);
  }

  /** The names and open codes of one sheet or sub-action (not those of its sub-actions, visited on their own). */
  void sheet(ActionSheet sheet, Place pointer) {
    placeholders(sheet.electedReferents(), pointer, SHEET_ELECTED_REFERENTS);
    if (sheet.interventionTerritory().isPresent()) {
      territoryKind(sheet.interventionTerritory().get(), at(pointer, SHEET_INTERVENTION_TERRITORY));
    }
    listed(sheet.targetPublics(), pointer, SHEET_TARGET_PUBLICS, "target_public", TargetPublic.knownValues());
    listed(sheet.determinants(), pointer, SHEET_DETERMINANTS, "health_determinant", HealthDeterminant.knownValues());
    schemeKinds(sheet.linkedSchemes(), pointer, SHEET_LINKED_SCHEMES);
    for (int f = 0; f < sheet.fundings().size(); f++) {
      Optional<FundKind> fund = sheet.fundings().get(f).fund();
      if (fund.isPresent() && !fund.get().isKnown()) {
        listed(fund.get(), at(pointer, SHEET_FUNDINGS, f), FUNDING_FUND, "fund_kind", FundKind.knownValues());
      }
    }
    indicatorTypes(sheet.indicators(), pointer, SHEET_INDICATORS);
  }
}
