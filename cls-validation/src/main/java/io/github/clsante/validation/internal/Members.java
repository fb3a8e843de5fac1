package io.github.clsante.validation.internal;

import static io.github.clsante.serialization.FormatObject.ACTION_SHEET;
import static io.github.clsante.serialization.FormatObject.AMENDMENT;
import static io.github.clsante.serialization.FormatObject.AXIS;
import static io.github.clsante.serialization.FormatObject.BASELINE;
import static io.github.clsante.serialization.FormatObject.BUDGET_LINE;
import static io.github.clsante.serialization.FormatObject.CARRIER;
import static io.github.clsante.serialization.FormatObject.COMMUNE;
import static io.github.clsante.serialization.FormatObject.CONTACT;
import static io.github.clsante.serialization.FormatObject.CONTRACT;
import static io.github.clsante.serialization.FormatObject.CONTRACT_REFERENCE;
import static io.github.clsante.serialization.FormatObject.COORDINATOR;
import static io.github.clsante.serialization.FormatObject.DIAGNOSTIC;
import static io.github.clsante.serialization.FormatObject.FUNDING;
import static io.github.clsante.serialization.FormatObject.GOVERNANCE_BODY;
import static io.github.clsante.serialization.FormatObject.IDENTIFIER;
import static io.github.clsante.serialization.FormatObject.INDICATOR;
import static io.github.clsante.serialization.FormatObject.MEASUREMENT;
import static io.github.clsante.serialization.FormatObject.OBJECTIVE;
import static io.github.clsante.serialization.FormatObject.PARTY;
import static io.github.clsante.serialization.FormatObject.PARTY_REF;
import static io.github.clsante.serialization.FormatObject.PERIOD;
import static io.github.clsante.serialization.FormatObject.PERSON;
import static io.github.clsante.serialization.FormatObject.PRS_REFERENCE;
import static io.github.clsante.serialization.FormatObject.SCHEME_LINK;
import static io.github.clsante.serialization.FormatObject.SIGNATORY;
import static io.github.clsante.serialization.FormatObject.TARGET;
import static io.github.clsante.serialization.FormatObject.TERRITORY;

import io.github.clsante.serialization.FormatObject;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The member names the rules point at, each taken from the format's declaration through {@link
 * FormatObject#member(String)}, which checks it: a member renamed or removed in the format fails this
 * class's initialisation, and so every validation and every test of it, instead of leaving findings
 * that point at a member the document does not have. Paths are built from these names ({@link
 * #path(String...)}), never written out.
 */
final class Members {

  private Members() {}

  // The contract (Contract).
  static final String CONTRACT_ACTION_SHEETS = CONTRACT.member("actionSheets");
  static final String CONTRACT_ACTION_SHEETS_ANNEXED = CONTRACT.member("actionSheetsAnnexed");
  static final String CONTRACT_ACTION_SHEETS_COMPLETE = CONTRACT.member("actionSheetsComplete");
  static final String CONTRACT_AMENDMENTS = CONTRACT.member("amendments");
  static final String CONTRACT_ANNOUNCED_AXIS_COUNT = CONTRACT.member("announcedAxisCount");
  static final String CONTRACT_ANNOUNCED_SHEET_COUNT = CONTRACT.member("announcedActionSheetCount");
  static final String CONTRACT_ANNOUNCED_SHEET_COUNT_AT_LEAST = CONTRACT.member("announcedActionSheetCountAtLeast");
  static final String CONTRACT_AXES = CONTRACT.member("axes");
  static final String CONTRACT_CARRIERS = CONTRACT.member("carriers");
  static final String CONTRACT_COORDINATOR = CONTRACT.member("coordinator");
  static final String CONTRACT_DIAGNOSTIC = CONTRACT.member("diagnostic");
  static final String CONTRACT_ELECTED_REFERENTS = CONTRACT.member("electedReferents");
  static final String CONTRACT_FORMER_LEAD_ARS = CONTRACT.member("formerLeadArs");
  static final String CONTRACT_GENERAL_OBJECTIVES = CONTRACT.member("generalObjectives");
  static final String CONTRACT_GENERATION = CONTRACT.member("generation");
  static final String CONTRACT_GOVERNANCE_BODIES = CONTRACT.member("governanceBodies");
  static final String CONTRACT_INDICATORS = CONTRACT.member("indicators");
  static final String CONTRACT_KIND = CONTRACT.member("kind");
  static final String CONTRACT_LEAD_ARS = CONTRACT.member("leadArs");
  static final String CONTRACT_LINKED_SCHEMES = CONTRACT.member("linkedSchemes");
  static final String CONTRACT_PARTIES = CONTRACT.member("parties");
  static final String CONTRACT_PERIOD = CONTRACT.member("period");
  static final String CONTRACT_PREVIOUS_CONTRACT = CONTRACT.member("previousContract");
  static final String CONTRACT_PRIORITIES = CONTRACT.member("priorities");
  static final String CONTRACT_PRS = CONTRACT.member("prs");
  static final String CONTRACT_SHEET_NUMBERING = CONTRACT.member("sheetNumbering");
  static final String CONTRACT_SIGNATORIES = CONTRACT.member("signatories");
  static final String CONTRACT_SIGNATORIES_COMPLETE = CONTRACT.member("signatoriesComplete");
  static final String CONTRACT_SIGNATURE_DATE = CONTRACT.member("signatureDate");
  static final String CONTRACT_SIGNATURE_DATE_AS_WRITTEN = CONTRACT.member("signatureDateAsWritten");
  static final String CONTRACT_SIGNATURE_PRINTED_BLANK = CONTRACT.member("signaturePrintedBlank");
  static final String CONTRACT_STATUS = CONTRACT.member("status");
  static final String CONTRACT_TERRITORY = CONTRACT.member("territory");

  // Territories, communes, parties and what they hold.
  static final String TERRITORY_COMMUNES = TERRITORY.member("communes");
  static final String TERRITORY_DEPARTEMENTS = TERRITORY.member("departements");
  static final String TERRITORY_KIND = TERRITORY.member("kind");
  static final String TERRITORY_QPV_CODES = TERRITORY.member("qpvCodes");
  static final String TERRITORY_REGIONS = TERRITORY.member("regions");
  static final String COMMUNE_INSEE_CODE = COMMUNE.member("inseeCode");
  static final String PARTY_CATEGORY = PARTY.member("category");
  static final String PARTY_DEPARTEMENT = PARTY.member("departement");
  static final String PARTY_ID = PARTY.member("id");
  static final String PARTY_IDENTIFIERS = PARTY.member("identifiers");
  static final String PARTY_KIND = PARTY.member("kind");
  static final String PARTY_NAME = PARTY.member("name");
  static final String PARTY_PARENT_ID = PARTY.member("parentId");
  static final String IDENTIFIER_SCHEME = IDENTIFIER.member("scheme");
  static final String IDENTIFIER_VALUE = IDENTIFIER.member("value");
  static final String PARTY_REF_PARTY_ID = PARTY_REF.member("partyId");
  static final String PERSON_CONTACT = PERSON.member("contact");
  static final String PERSON_NAME = PERSON.member("name");
  static final String PERSON_ORGANISATION = PERSON.member("organisation");
  static final String CONTACT_EMAILS = CONTACT.member("emails");
  static final String CARRIER_DELIBERATION_DATE = CARRIER.member("deliberationDate");
  static final String CARRIER_PARTY = CARRIER.member("party");
  static final String SIGNATORY_DELIBERATION_DATE = SIGNATORY.member("deliberationDate");
  static final String SIGNATORY_PARTY = SIGNATORY.member("party");
  static final String SIGNATORY_REPRESENTATIVE = SIGNATORY.member("representative");
  static final String SIGNATORY_SIGNATURE_DATE = SIGNATORY.member("signatureDate");
  static final String COORDINATOR_CONTACT = COORDINATOR.member("contact");
  static final String COORDINATOR_EMPLOYER = COORDINATOR.member("employer");
  static final String COORDINATOR_FUNDED_BY = COORDINATOR.member("fundedBy");
  static final String COORDINATOR_NAME = COORDINATOR.member("name");
  static final String BODY_CHAIRS = GOVERNANCE_BODY.member("chairs");
  static final String BODY_ID = GOVERNANCE_BODY.member("id");
  static final String BODY_KIND = GOVERNANCE_BODY.member("kind");
  static final String BODY_MEMBERS = GOVERNANCE_BODY.member("members");
  static final String BODY_SHARED_WITH = GOVERNANCE_BODY.member("sharedWith");
  static final String DIAGNOSTIC_PRODUCER = DIAGNOSTIC.member("producer");
  static final String PRS_PERIOD = PRS_REFERENCE.member("period");
  static final String REFERENCE_PERIOD = CONTRACT_REFERENCE.member("period");
  static final String SCHEME_KIND = SCHEME_LINK.member("kind");
  static final String SCHEME_PARTY = SCHEME_LINK.member("party");

  // Periods.
  static final String PERIOD_DURATION_MONTHS = PERIOD.member("durationMonths");
  static final String PERIOD_END = PERIOD.member("end");
  static final String PERIOD_START = PERIOD.member("start");

  // Axes, objectives, sheets and what they hold.
  static final String AXIS_ACTION_SHEETS = AXIS.member("actionSheets");
  static final String AXIS_ID = AXIS.member("id");
  static final String AXIS_NUMBER = AXIS.member("number");
  static final String AXIS_OBJECTIVES = AXIS.member("objectives");
  static final String AXIS_TITLE = AXIS.member("title");
  static final String OBJECTIVE_ACTION_SHEETS = OBJECTIVE.member("actionSheets");
  static final String OBJECTIVE_ID = OBJECTIVE.member("id");
  static final String OBJECTIVE_OBJECTIVES = OBJECTIVE.member("objectives");
  static final String OBJECTIVE_TITLE = OBJECTIVE.member("title");
  static final String SHEET_BUDGET = ACTION_SHEET.member("budget");
  static final String SHEET_BUDGET_LINES = ACTION_SHEET.member("budgetLines");
  static final String SHEET_DETERMINANTS = ACTION_SHEET.member("determinants");
  static final String SHEET_ELECTED_REFERENTS = ACTION_SHEET.member("electedReferents");
  static final String SHEET_FUNDINGS = ACTION_SHEET.member("fundings");
  static final String SHEET_GENERAL_OBJECTIVE = ACTION_SHEET.member("generalObjective");
  static final String SHEET_GOVERNANCE_BODY_IDS = ACTION_SHEET.member("governanceBodyIds");
  static final String SHEET_ID = ACTION_SHEET.member("id");
  static final String SHEET_INDICATORS = ACTION_SHEET.member("indicators");
  static final String SHEET_INTERVENTION_TERRITORY = ACTION_SHEET.member("interventionTerritory");
  static final String SHEET_LINKED_SCHEMES = ACTION_SHEET.member("linkedSchemes");
  static final String SHEET_LINKED_SHEET_IDS = ACTION_SHEET.member("linkedSheetIds");
  static final String SHEET_NUMBER = ACTION_SHEET.member("number");
  static final String SHEET_OPERATIONAL_OBJECTIVES = ACTION_SHEET.member("operationalObjectives");
  static final String SHEET_PARTNERS = ACTION_SHEET.member("partners");
  static final String SHEET_PILOTS = ACTION_SHEET.member("pilots");
  static final String SHEET_SCHEDULE = ACTION_SHEET.member("schedule");
  static final String SHEET_SPECIFIC_OBJECTIVES = ACTION_SHEET.member("specificObjectives");
  static final String SHEET_SUB_ACTIONS = ACTION_SHEET.member("subActions");
  static final String SHEET_TARGET_PUBLICS = ACTION_SHEET.member("targetPublics");
  static final String SHEET_TITLE = ACTION_SHEET.member("title");
  static final String FUNDING_AMOUNT = FUNDING.member("amount");
  static final String FUNDING_FINANCER = FUNDING.member("financer");
  static final String FUNDING_FUND = FUNDING.member("fund");
  static final String BUDGET_LINE_ACTUAL_AMOUNT = BUDGET_LINE.member("actualAmount");
  static final String BUDGET_LINE_PLANNED_AMOUNT = BUDGET_LINE.member("plannedAmount");

  // Indicators.
  static final String INDICATOR_BASELINE = INDICATOR.member("baseline");
  static final String INDICATOR_DIRECTION = INDICATOR.member("direction");
  static final String INDICATOR_ID = INDICATOR.member("id");
  static final String INDICATOR_MEASURE = INDICATOR.member("measure");
  static final String INDICATOR_MEASUREMENTS = INDICATOR.member("measurements");
  static final String INDICATOR_RESPONSIBLE = INDICATOR.member("responsible");
  static final String INDICATOR_TARGETS = INDICATOR.member("targets");
  static final String INDICATOR_TYPE = INDICATOR.member("type");
  static final String BASELINE_VALUE = BASELINE.member("value");
  static final String TARGET_VALUE = TARGET.member("value");
  static final String MEASUREMENT_PERIOD = MEASUREMENT.member("period");
  static final String MEASUREMENT_VALUE = MEASUREMENT.member("value");

  // Amendments.
  static final String AMENDMENT_ADDED_SIGNATORIES = AMENDMENT.member("addedSignatories");
  static final String AMENDMENT_AFFECTED_SHEET_IDS = AMENDMENT.member("affectedSheetIds");
  static final String AMENDMENT_NEW_PERIOD = AMENDMENT.member("newPeriod");
  static final String AMENDMENT_NUMBER = AMENDMENT.member("number");
  static final String AMENDMENT_SIGNATURE_DATE = AMENDMENT.member("signatureDate");

  /** One element of any list, in a path the unreadable places are matched against. */
  static final String ANY = "*";

  /** Any number of members and elements, in a path the unreadable places are matched against. */
  static final String ANYWHERE = "**";

  /** The members that list action sheets, in every object that has one (contract, axis, objective). */
  static final List<String> SHEET_LISTS = distinct(CONTRACT_ACTION_SHEETS, AXIS_ACTION_SHEETS, OBJECTIVE_ACTION_SHEETS);

  /** The members that list objectives (axis, objective). */
  static final List<String> OBJECTIVE_LISTS = distinct(AXIS_OBJECTIVES, OBJECTIVE_OBJECTIVES);

  /** The members that list linked schemes (contract, sheet). */
  static final List<String> SCHEME_LISTS = distinct(CONTRACT_LINKED_SCHEMES, SHEET_LINKED_SCHEMES);

  private static List<String> distinct(String... names) {
    return List.copyOf(new LinkedHashSet<>(List.of(names)));
  }

  /**
   * Returns the path templates of members met anywhere in the document, each followed by the same
   * segments: {@code anywhere(SHEET_LISTS, ANY, SHEET_ID)} is {@code /**}{@code /actionSheets/*}{@code /id}.
   *
   * @param members the members
   * @param tail the segments after each
   * @return the templates, one per member
   */
  static String[] anywhere(List<String> members, String... tail) {
    String[] templates = new String[members.size()];
    for (int i = 0; i < templates.length; i++) {
      StringBuilder template = new StringBuilder(path(ANYWHERE, members.get(i)));
      for (String segment : tail) {
        template.append('/').append(segment);
      }
      templates[i] = template.toString();
    }
    return templates;
  }

  /**
   * Returns the JSON Pointer of members (and {@link #ANY}, {@link #ANYWHERE}) from the document's
   * root: {@code path(CONTRACT_PARTIES, ANY, PARTY_ID)} is {@code /parties/*}{@code /id}.
   *
   * @param segments member names, and wildcards
   * @return the pointer, or path template
   */
  static String path(String... segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(segment);
    }
    return path.toString();
  }
}
