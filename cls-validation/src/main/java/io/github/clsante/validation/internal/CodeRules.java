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
  void placeholder(String name, String pointer) {
    if (PlaceholderNames.isPlaceholder(name)) {
      walk.add(Rule.NAME_PLACEHOLDER, pointer, "name", name);
    }
  }

  /** The placeholder names of a list of persons. */
  private void placeholders(List<Person> persons, String pointer, String member) {
    for (int i = 0; i < persons.size(); i++) {
      String at = at(at(pointer, member, i), PERSON_NAME);
      persons.get(i).name().ifPresent(name -> placeholder(name, at));
    }
  }

  /** A code of an open list outside the list, with the well-known code it most likely means. */
  private <C extends OpenCode> void listed(C code, String pointer, String list, Collection<C> known) {
    if (!code.isKnown()) {
      notListed(code.code(), pointer, list, Spelling.closestCode(known, code.code()));
    }
  }

  private void notListed(String code, String pointer, String list, Optional<? extends Coded> close) {
    walk.add(Rule.CODE_NOT_LISTED, pointer, close.isEmpty() ? new String[] {"code", code, "problem", list}
        : new String[] {"code", code, "problem", list, "suggestion", close.get().code(),
            "suggestionLabel", close.get().frenchLabel()});
  }

  /** The codes of a list member ({@code targetPublics}) outside their open list. */
  private <C extends OpenCode> void listed(List<C> codes, String pointer, String member, String list,
      Collection<C> known) {
    for (int i = 0; i < codes.size(); i++) {
      listed(codes.get(i), at(pointer, member, i), list, known);
    }
  }

  /**
   * A party's name and codes. A kind outside the list is not reported when the party states its
   * category, which says what the kind is, unless the kind is close to a well-known one (a typo).
   */
  void party(Party party, String pointer) {
    placeholder(party.name(), at(pointer, PARTY_NAME));
    party.kind().filter(kind -> !kind.isKnown()).ifPresent(kind -> {
      Optional<PartyKind> close = PartyKind.closestKnown(kind.code());
      if (close.isPresent() || party.category().isEmpty() && walk.intact(at(pointer, PARTY_CATEGORY))) {
        notListed(kind.code(), at(pointer, PARTY_KIND), "party_kind", close);
      }
    });
    for (int i = 0; i < party.identifiers().size(); i++) {
      listed(party.identifiers().get(i).scheme(), at(at(pointer, PARTY_IDENTIFIERS, i), IDENTIFIER_SCHEME),
          "identifier_scheme", IdentifierScheme.knownValues());
    }
  }

  private void territoryKind(Territory territory, String pointer) {
    territory.kind().ifPresent(kind -> listed(kind, at(pointer, TERRITORY_KIND), "territory_kind",
        TerritoryKind.knownValues()));
  }

  private void schemeKinds(List<SchemeLink> links, String pointer, String member) {
    for (int i = 0; i < links.size(); i++) {
      listed(links.get(i).kind(), at(at(pointer, member, i), SCHEME_KIND), "scheme_kind", SchemeKind.knownValues());
    }
  }

  private void indicatorTypes(List<Indicator> indicators, String pointer, String member) {
    for (int i = 0; i < indicators.size(); i++) {
      String at = at(at(pointer, member, i), INDICATOR_TYPE);
      indicators.get(i).type().ifPresent(type -> listed(type, at, "indicator_type", IndicatorType.knownValues()));
    }
  }

  /**
   * The names and open codes of the contract outside its parties, signatories and sheets (each sheet's
   * are checked as the walk visits it, by {@link #sheet}).
   */
  void contract() {
    contract.coordinator().flatMap(Coordinator::name)
        .ifPresent(name -> placeholder(name, path(CONTRACT_COORDINATOR, COORDINATOR_NAME)));
    placeholders(contract.electedReferents(), "", CONTRACT_ELECTED_REFERENTS);
    territoryKind(contract.territory(), path(CONTRACT_TERRITORY));
    schemeKinds(contract.linkedSchemes(), "", CONTRACT_LINKED_SCHEMES);
    for (int i = 0; i < contract.governanceBodies().size(); i++) {
      GovernanceBody body = contract.governanceBodies().get(i);
      String pointer = at("", CONTRACT_GOVERNANCE_BODIES, i);
      listed(body.kind(), at(pointer, BODY_KIND), "governance_body_kind", GovernanceBodyKind.knownValues());
      listed(body.sharedWith(), pointer, BODY_SHARED_WITH, "scheme_kind", SchemeKind.knownValues());
    }
    indicatorTypes(contract.indicators(), "", CONTRACT_INDICATORS);
  }

  /** The names and open codes of one sheet or sub-action (not those of its sub-actions, visited on their own). */
  void sheet(ActionSheet sheet, String pointer) {
    placeholders(sheet.electedReferents(), pointer, SHEET_ELECTED_REFERENTS);
    sheet.interventionTerritory()
        .ifPresent(territory -> territoryKind(territory, at(pointer, SHEET_INTERVENTION_TERRITORY)));
    listed(sheet.targetPublics(), pointer, SHEET_TARGET_PUBLICS, "target_public", TargetPublic.knownValues());
    listed(sheet.determinants(), pointer, SHEET_DETERMINANTS, "health_determinant", HealthDeterminant.knownValues());
    schemeKinds(sheet.linkedSchemes(), pointer, SHEET_LINKED_SCHEMES);
    for (int f = 0; f < sheet.fundings().size(); f++) {
      String fund = at(at(pointer, SHEET_FUNDINGS, f), FUNDING_FUND);
      sheet.fundings().get(f).fund().ifPresent(kind -> listed(kind, fund, "fund_kind", FundKind.knownValues()));
    }
    indicatorTypes(sheet.indicators(), pointer, SHEET_INDICATORS);
  }
}
