package io.github.clsante.validation;

import io.github.clsante.model.report.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The validation rules (règles de validation): each has a stable code, documented in {@code RULES.md}
 * and never renamed, a severity, and a French and an English message.
 *
 * <p>The JSON reader's problems ({@link io.github.clsante.serialization.ReadProblem}) complete the
 * catalogue: a validation report holds both.
 */
public enum Rule {
  /**
   * An identifier of scheme siren is not 9 digits with a valid Luhn key; written in digit groups, its
   * compact form is checked. Parameters: {@code value}, {@code problem}: {@code empty}, {@code
   * characters} ({@code characters}), {@code length} ({@code length}, {@code expected}), {@code
   * check_key} ({@code key}, {@code suggestion}).
   */
  ID_SIREN("CLS-ID-SIREN", Severity.ERROR,
      "An identifier of scheme siren is not 9 digits with a valid Luhn key (written in digit groups, its compact form is checked)."),
  /**
   * An identifier of scheme siret is not 14 digits with a valid Luhn key and SIREN (La Poste
   * establishments: digit sum a multiple of 5); written in digit groups, its compact form is checked.
   * Parameters: {@code value}, {@code problem}: {@code empty}, {@code characters} ({@code
   * characters}), {@code length} ({@code length}, {@code expected}), {@code la_poste_key} ({@code
   * key}, {@code otherKey}, {@code suggestion}), {@code siren_key} ({@code siren}, {@code key}),
   * {@code check_key} ({@code key}, {@code suggestion}).
   */
  ID_SIRET("CLS-ID-SIRET", Severity.ERROR,
      "An identifier of scheme siret is not 14 digits with a valid Luhn key and SIREN (La Poste establishments: digit sum a multiple of 5); written in digit groups, its compact form is checked."),
  /**
   * An identifier of scheme finess_ej or finess_et is not a valid FINESS number; written in digit
   * groups, its compact form is checked. Parameters: {@code value}, {@code problem}: {@code empty},
   * {@code characters} ({@code characters}), {@code leading_zero} ({@code suggestion}), {@code
   * length} ({@code length}, {@code expected}), {@code corsica} ({@code suggestion}, {@code
   * alternative}), {@code prefix} ({@code prefix}), {@code check_key} ({@code key}, {@code
   * suggestion}).
   */
  ID_FINESS("CLS-ID-FINESS", Severity.ERROR,
      "An identifier of scheme finess_ej or finess_et is not a valid FINESS number (written in digit groups, its compact form is checked)."),
  /**
   * An identifier of scheme rna is not W followed by 9 digits. Parameters: {@code value}, {@code
   * problem}: {@code empty}, {@code form} ({@code suggestion}), {@code prefix}, {@code characters}
   * ({@code characters}), {@code length} ({@code length}, {@code expected}: digits after the W).
   */
  ID_RNA("CLS-ID-RNA", Severity.ERROR,
      "An identifier of scheme rna is not W followed by 9 digits."),
  /**
   * A commune's INSEE code is not a valid commune code. Parameters: {@code value}, {@code problem}:
   * {@code empty}, {@code form} ({@code suggestion}), {@code characters} ({@code characters}), {@code
   * leading_zero} ({@code suggestion}), {@code length} ({@code length}, {@code expected}), {@code
   * corsica} ({@code suggestion}, {@code alternative}), {@code departement} ({@code departement}),
   * {@code postal_code}.
   */
  ID_INSEE_COMMUNE("CLS-ID-INSEE-COMMUNE", Severity.ERROR,
      "A commune's INSEE code is not a valid commune code."),
  /**
   * A département code is not one of the 101 INSEE codes. Parameters: {@code value}, {@code
   * problem}: {@code empty}, {@code form} ({@code suggestion}), {@code leading_zero} ({@code
   * suggestion}), {@code corsica} ({@code suggestion}, {@code alternative}), {@code unknown}.
   */
  ID_DEPARTEMENT("CLS-ID-DEPARTEMENT", Severity.ERROR,
      "A département code is not one of the 101 INSEE codes."),
  /**
   * A QPV code is neither QP followed by 6 digits (quartiers of 2015) nor QN followed by 5 digits and
   * N, M or I (quartiers of 2024). Parameters: {@code value}, {@code problem}: {@code empty}, {@code
   * form} ({@code suggestion}), {@code prefix}, {@code length} ({@code length}, {@code expected}),
   * {@code pattern}.
   */
  ID_QPV("CLS-ID-QPV", Severity.ERROR,
      "A QPV code is neither QP followed by 6 digits (quartiers of 2015) nor QN followed by 5 digits and N, M or I (quartiers of 2024)."),
  /**
   * An e-mail address is not well-formed. Parameters: {@code value}, {@code problem}: {@code empty},
   * {@code form} ({@code suggestion}), {@code length} ({@code length}, {@code expected}), {@code
   * at_sign} ({@code count}), {@code local_part}, {@code domain} ({@code domain}).
   */
  ID_EMAIL("CLS-ID-EMAIL", Severity.ERROR,
      "An e-mail address is not well-formed."),
  /**
   * A SIREN, SIRET or FINESS number is written with spaces, dots or dashes between its digits: its
   * compact form, checked in its place, is the one to write. Parameters: {@code value}, {@code
   * suggestion} (the compact form).
   */
  ID_NOT_COMPACT("CLS-ID-NOT-COMPACT", Severity.INFO,
      "A SIREN, SIRET or FINESS number is written with spaces, dots or dashes between its digits (its compact form is checked instead)."),
  /** A party reference names no party of the contract. Parameters: {@code partyId}. */
  REF_PARTY_UNKNOWN("CLS-REF-PARTY-UNKNOWN", Severity.ERROR,
      "A party reference names no party of the contract."),
  /** A party's parentId names no party of the contract. Parameters: {@code partyId}. */
  REF_PARENT_UNKNOWN("CLS-REF-PARENT-UNKNOWN", Severity.ERROR,
      "A party's parentId names no party of the contract."),
  /** A sheet id (linked sheet, amended sheet) names no action sheet. Parameters: {@code sheetId}. */
  REF_SHEET_UNKNOWN("CLS-REF-SHEET-UNKNOWN", Severity.ERROR,
      "A sheet id (linked sheet, amended sheet) names no action sheet."),
  /** A governance body id names no body of the contract. Parameters: {@code bodyId}. */
  REF_BODY_UNKNOWN("CLS-REF-BODY-UNKNOWN", Severity.ERROR,
      "A governance body id names no body of the contract."),
  /** Two parties, axes, objectives, sheets, indicators or governance bodies share an id. Parameters: {@code id}. */
  REF_DUPLICATE_ID("CLS-REF-DUPLICATE-ID", Severity.ERROR,
      "Two parties, axes, objectives, sheets, indicators or governance bodies share an id."),
  /**
   * Two action sheets share a printed number in the same numbering scope (the contract, or the axis for
   * per_axis numbering). A warning, not an error: printed numbers are not keys (ids are), and real
   * contracts print « I -1 » twice, so the number is kept as printed and the coordinator checks it
   * against the document. Parameters: {@code number}.
   */
  SHEET_DUPLICATE_NUMBER("CLS-SHEET-DUPLICATE-NUMBER", Severity.WARNING,
      "Two action sheets share a printed number in the same numbering scope (the contract, or the axis for per_axis numbering); the number is kept as printed."),
  /**
   * Two axes share a printed number. A warning, not an error: printed numbers are not keys (ids are),
   * so the number is kept as printed and the coordinator checks it against the document. Parameters:
   * {@code number}.
   */
  AXIS_DUPLICATE_NUMBER("CLS-AXIS-DUPLICATE-NUMBER", Severity.WARNING,
      "Two axes share a printed number; the number is kept as printed."),
  /** A period (contract, schedule, measurement, amendment, PRS) ends before it starts. Parameters: {@code start}, {@code end}. */
  DATE_RANGE_REVERSED("CLS-DATE-RANGE-REVERSED", Severity.ERROR,
      "A period (contract, schedule, measurement, amendment, PRS) ends before it starts."),
  /**
   * The contract lasts less than 3 or more than 5 years (but 1 to 6). The length is the stated duration
   * ({@code period.durationMonths}) when there is one, on {@code /period/durationMonths}; otherwise the
   * length the dates may mean that is nearest to 3 to 5 years, on {@code /period}: a year range
   * « 2017-2022 » is 5 or 6 years (the contract's years, or its calendar years), a month range
   * « 2019-09 » to « 2022-09 » 36 or 37 months, and a date known to the year or month stands for any
   * of its days. A préfiguration contract ({@code kind} prefiguration) is never too short, since its
   * short length is the point; more than 5 years is still unusual for it. A contract whose {@code kind}
   * could not be read is not said too short. Parameters: {@code months}.
   */
  CONTRACT_DURATION_UNUSUAL("CLS-CONTRACT-DURATION-UNUSUAL", Severity.WARNING,
      "The contract lasts less than 3 or more than 5 years (but 1 to 6): its stated duration, else what its dates may mean (« 2017-2022 » is 5 or 6 years); a préfiguration is never too short."),
  /**
   * The contract lasts less than 1 or more than 6 years, its length read as for {@link
   * #CONTRACT_DURATION_UNUSUAL}. A préfiguration contract ({@code kind} prefiguration) is never too short; more
   * than 6 years is still an error for it. Parameters: {@code months}.
   */
  CONTRACT_DURATION_INVALID("CLS-CONTRACT-DURATION-INVALID", Severity.ERROR,
      "The contract lasts less than 1 or more than 6 years, read as for CLS-CONTRACT-DURATION-UNUSUAL; a préfiguration is never too short."),
  /**
   * A signed contract lacks the ARS or a local authority among its signatories, each recognised by its
   * party's category (the category given, else its kind's): a carrier whose category is not known, or
   * is a social action centre, counts as the carrying local authority. Not checked when the list of
   * signatories is known to be incomplete ({@code signatoriesComplete: false}); the signatories' roles
   * do not matter. Parameters: {@code missing}: ars, local_authority or both.
   */
  CONTRACT_SIGNATORIES("CLS-CONTRACT-SIGNATORIES", Severity.ERROR,
      "A signed contract lacks the ARS or a local authority among its signatories, recognised by their party's category (a carrier of unknown category, or a CCAS or CIAS, counts as the carrying local authority); not checked when the list is known to be incomplete."),
  /**
   * A contract whose status says it is signed has no signature date, and the file does not say why: not
   * reported when the signature block is printed blank ({@code signaturePrintedBlank: true}) or its date
   * is written without a year ({@code signatureDateAsWritten}). Parameters: {@code asWritten}, the date
   * as written when it names a year.
   */
  CONTRACT_SIGNATURE_DATE_MISSING("CLS-CONTRACT-SIGNATURE-DATE-MISSING", Severity.WARNING,
      "A contract whose status says it is signed has no signature date (not reported when the signature block is printed blank or writes its date without a year)."),
  /** A contract in preparation has a signature date, or was signed after its period ended. Parameters: {@code status}. */
  CONTRACT_SIGNATURE_STATUS("CLS-CONTRACT-SIGNATURE-STATUS", Severity.ERROR,
      "A contract in preparation has a signature date, or was signed after its period ended."),
  /**
   * The lead ARS's region is not among the territory's regions; for a contract led before 2016 by a
   * former region's ARS ({@code formerLeadArs}), the region it merged into counts too. Parameters:
   * {@code region}, {@code regionName}.
   */
  CONTRACT_LEAD_ARS_REGION("CLS-CONTRACT-LEAD-ARS-REGION", Severity.ERROR,
      "The lead ARS's region is not among the territory's regions (for a contract led before 2016, the region formerLeadArs merged into counts too)."),
  /**
   * A contract signed on or after 2022-02-23, when the loi 3DS of 21 February 2022 came into force, has
   * no mental-health part: no text of it speaks of « santé mentale », « psychique », « suicide » (or
   * « suicidaire ») or « psychiatrie » (or « psychiatrique ») (whatever the case
   * and accents) and no scheme it links to is a CLSM, PTSM or CTSM. The texts read are the contract's
   * priorities and general objectives, the titles of its axes and of their objectives at every level,
   * and the title, general objective, specific and operational objectives of every sheet and
   * sub-action; the links are the contract's and every sheet's.
   */
  CONTRACT_MENTAL_HEALTH("CLS-CONTRACT-MENTAL-HEALTH", Severity.WARNING,
      "A contract signed on or after 2022-02-23, when the loi 3DS of 21 February 2022 came into force, has no mental-health part: no priority, objective, axis or sheet about mental health, no linked CLSM, PTSM or CTSM."),
  /**
   * A signed contract lists no action sheet and announces none, although it does not say its sheets
   * are in a separate annex ({@code actionSheetsAnnexed}) or that its list is incomplete ({@code
   * actionSheetsComplete} false). A contract whose status is not stated is not judged.
   */
  CONTRACT_NO_SHEETS("CLS-CONTRACT-NO-SHEETS", Severity.ERROR,
      "A signed contract lists no action sheet and announces none, and says neither that they are annexed nor that its list is incomplete."),
  /**
   * The contract announces action sheets but lists fewer (an annex not yet entered). With « au moins »
   * ({@code announcedActionSheetCountAtLeast}) the announced number is a minimum, and the message says
   * so. A list the file says is incomplete ({@code actionSheetsComplete} false) gives no finding: the
   * file already states what this warning would tell, the missing sheets are not at hand, and a
   * warning nobody can answer would hide the others (an info would repeat the file's own statement).
   * Parameters: {@code announced}, {@code listed}, and {@code problem} {@code at_least} when the
   * announced number is a minimum.
   */
  CONTRACT_SHEETS_NOT_LISTED("CLS-CONTRACT-SHEETS-NOT-LISTED", Severity.WARNING,
      "The contract announces action sheets (or at least so many) but lists fewer (an annex not yet entered), and does not say its list is incomplete."),
  /** An action sheet of a signed contract has no pilot. */
  SHEET_NO_PILOT("CLS-SHEET-NO-PILOT", Severity.ERROR,
      "An action sheet of a signed contract has no pilot."),
  /** An action sheet has no evaluation indicator. */
  SHEET_NO_INDICATOR("CLS-SHEET-NO-INDICATOR", Severity.WARNING,
      "An action sheet has no evaluation indicator."),
  /** An action's schedule falls outside the contract's period. */
  SHEET_SCHEDULE_OUTSIDE("CLS-SHEET-SCHEDULE-OUTSIDE", Severity.WARNING,
      "An action's schedule falls outside the contract's period."),
  /** An amount of money (budget, funding, budget line) is negative. Parameters: {@code amount}. */
  SHEET_FUNDING_NEGATIVE("CLS-SHEET-FUNDING-NEGATIVE", Severity.ERROR,
      "An amount of money (budget, funding, budget line) is negative."),
  /** The fundings of an action sheet add up to more than its budget. Parameters: {@code total}, {@code budget}. */
  SHEET_FUNDING_OVER_BUDGET("CLS-SHEET-FUNDING-OVER-BUDGET", Severity.ERROR,
      "The fundings of an action sheet add up to more than its budget."),
  /** A baseline, target or measured value does not fit the indicator's measure: not a number for a count, percentage, rate or amount; not true/false for yes/no; a number for a qualitative one. Parameters: {@code measure}. */
  INDICATOR_VALUE_KIND("CLS-INDICATOR-VALUE-KIND", Severity.ERROR,
      "A baseline, target or measured value does not fit the indicator's measure: not a number for a count, percentage, rate or amount; not true/false for yes/no; a number for a qualitative one."),
  /** A quantitative indicator (count, percentage, rate, amount) has no baseline value or no target value. Parameters: {@code missing}. */
  INDICATOR_VALUES_MISSING("CLS-INDICATOR-VALUES-MISSING", Severity.WARNING,
      "A quantitative indicator (count, percentage, rate, amount) has no baseline value or no target value."),
  /** A percentage value is outside 0–100. Parameters: {@code value}. */
  INDICATOR_PERCENTAGE_RANGE("CLS-INDICATOR-PERCENTAGE-RANGE", Severity.ERROR,
      "A percentage value is outside 0–100."),
  /** A target lies on the wrong side of the baseline for an increase or decrease (a maintain direction accepts any target). Parameters: {@code direction}. */
  INDICATOR_TARGET_DIRECTION("CLS-INDICATOR-TARGET-DIRECTION", Severity.WARNING,
      "A target lies on the wrong side of the baseline for an increase or decrease (a maintain direction accepts any target)."),
  /** Measurements are not in chronological order, or fall outside the contract's period. */
  INDICATOR_MEASUREMENT_ORDER("CLS-INDICATOR-MEASUREMENT-ORDER", Severity.WARNING,
      "Measurements are not in chronological order, or fall outside the contract's period."),
  /** Amendments are not numbered 1, 2, 3… in order. Parameters: {@code expected}. */
  AMENDMENT_ORDER("CLS-AMENDMENT-ORDER", Severity.ERROR,
      "Amendments are not numbered 1, 2, 3… in order."),
  /** An amendment is signed before the contract, or after the end of the period (the period as the amendment itself extends it, if it does). */
  AMENDMENT_DATE("CLS-AMENDMENT-DATE", Severity.WARNING,
      "An amendment is signed before the contract, or after the end of the period (the period as the amendment itself extends it, if it does)."),

  // --- Format 1.1 rules: durations, axes and sheets, mental health ---

  /**
   * The contract's stated duration ({@code period.durationMonths}) is not one of the lengths its start
   * and end may mean, give or take one month (a duration rounded to the month, « 5 ans » for a contract
   * signed a few days after its start). The lengths the dates may mean: for a year range « 2017-2022 »
   * (both dates known to the year only), 5 to 6 years, the contract's years or its calendar years (a
   * single year « 2024 »: 1 to 12 months); for a month range « 2019-09 » to « 2022-09 », 36 or 37 months
   * (a single month: 1 month); otherwise a date known to the year or the month may be any of its days,
   * and a date known to the day is exact. Not checked when a date or the duration could not be read, or
   * when the period ends before it starts ({@link #DATE_RANGE_REVERSED} says so). Parameters: {@code months} (the
   * stated duration), {@code start}, {@code end} (the dates as written, YYYY, YYYY-MM or YYYY-MM-DD),
   * {@code shortest} and, when the dates may mean more than one length, {@code longest} (in months).
   */
  CONTRACT_DURATION_MISMATCH("CLS-CONTRACT-DURATION-MISMATCH", Severity.WARNING,
      "The contract's stated duration is not one of the lengths its dates may mean, give or take a month (« 2017-2022 » means 5 or 6 years; a date known to the year or month may be any of its days)."),
  /**
   * The contract announces more axes ({@code announcedAxisCount}) than it lists, as {@link
   * #CONTRACT_SHEETS_NOT_LISTED} does for sheets: every axis listed counts, a transversal one too. Not checked
   * when the list of axes could not be read (an unreadable axis in it is kept and counted).
   * Parameters: {@code announced}, {@code listed}.
   */
  CONTRACT_AXES_NOT_LISTED("CLS-CONTRACT-AXES-NOT-LISTED", Severity.WARNING,
      "The contract announces more axes than it lists."),

  // --- Format 1.1 rules: parties, signatures, territory, open codes ---

  /**
   * A carrier (porteur) of a signed contract is not among its signatories, nor added by an amendment.
   * Not checked when no signatory is listed (the source does not name them) or when the list is known
   * to be incomplete ({@code signatoriesComplete: false}). Parameters: {@code partyId}, {@code name}
   * (the carrier's name).
   */
  CONTRACT_CARRIER_NOT_SIGNATORY("CLS-CONTRACT-CARRIER-NOT-SIGNATORY", Severity.WARNING,
      "A carrier of a signed contract is not among its signatories, nor added by an amendment (not checked when no signatory is listed or the list is known to be incomplete)."),
  /**
   * The same party (and unit) is listed twice among the signatories. Parameters: {@code partyId},
   * {@code name} (the party's name, or its id when it is not declared), {@code first} (the position of
   * its first signature line, from 1).
   */
  CONTRACT_SIGNATORY_TWICE("CLS-CONTRACT-SIGNATORY-TWICE", Severity.WARNING,
      "The same party (and unit) is listed twice among the signatories."),
  /**
   * The contract says it is of a second generation or later, but does not describe its previous
   * contract. Parameters: {@code generation}.
   */
  CONTRACT_PREVIOUS_MISSING("CLS-CONTRACT-PREVIOUS-MISSING", Severity.INFO,
      "The contract says it is of a second generation or later (generation 2 or more) but does not describe its previous contract."),
  /**
   * The deliberation of a carrier or a signatory is dated after the signature it authorises: the
   * signatory's own signature date, else the contract's. Parameters: {@code deliberationDate}, {@code
   * signatureDate}.
   */
  CONTRACT_DELIBERATION_AFTER_SIGNATURE("CLS-CONTRACT-DELIBERATION-AFTER-SIGNATURE", Severity.WARNING,
      "The deliberation of a carrier or a signatory is dated after the signature it authorises (the party's own signature date, else the contract's)."),
  /**
   * A département of a territory (the contract's, or a sheet's intervention territory) lies outside the
   * territory's regions; when the contract's territory names no region, outside the lead ARS's region,
   * or outside the former region of {@code formerLeadArs} for a contract led before 2016. Parameters:
   * {@code departement}, {@code regionName} (the département's region; its former region when compared
   * with one), and one of {@code regions} (the territory's regions, {@code a, b}), {@code leadArsName}
   * or {@code formerRegionName}.
   */
  TERRITORY_DEPARTEMENT_REGION("CLS-TERRITORY-DEPARTEMENT-REGION", Severity.WARNING,
      "A département of a territory lies outside the territory's regions; when the contract's territory names no region, outside the lead ARS's region (the former region of formerLeadArs for a contract led before 2016)."),
  /**
   * The former region whose ARS led the contract before 2016 ({@code formerLeadArs}) did not merge into
   * the lead ARS's region ({@code leadArs}). Parameters: {@code formerRegion}, {@code formerRegionName},
   * {@code successorName} (the region it merged into), {@code region}, {@code regionName} (the lead
   * ARS's).
   */
  CONTRACT_FORMER_LEAD_ARS("CLS-CONTRACT-FORMER-LEAD-ARS", Severity.ERROR,
      "The former region whose ARS led the contract before 2016 (formerLeadArs) did not merge into the lead ARS's region (leadArs)."),
  /**
   * The contract was signed more than a year after its period began (certainly so, for dates known to
   * the month or the year). Parameters: {@code signatureDate}, {@code start}.
   */
  CONTRACT_SIGNED_LATE("CLS-CONTRACT-SIGNED-LATE", Severity.INFO,
      "The contract was signed more than a year after its period began."),
  /**
   * The name of a party, of a signatory's representative or of a person (elected referent, coordinator)
   * is a placeholder left from a template: « XXX », « … », « [Nom] », « NOM Prénom », or nothing but
   * spaces and punctuation. Parameters: {@code name} (as written).
   */
  NAME_PLACEHOLDER("CLS-NAME-PLACEHOLDER", Severity.WARNING,
      "The name of a party, of a signatory's representative or of a person is a placeholder (« XXX », « … », « [Nom] », « NOM Prénom », or only spaces and punctuation)."),
  /**
   * A code of an open list (party kind, identifier register, territory kind, scheme kind, governance
   * body kind, fund, target public, indicator type, health determinant) is not one of the list's
   * well-known codes: it is kept, but no rule knows what it means. A party kind outside the list is not
   * reported when the party states its {@code category}, unless it is close to a well-known kind.
   * Parameters: {@code code}, {@code problem}: the list ({@code party_kind}, {@code
   * identifier_scheme}, {@code territory_kind}, {@code scheme_kind}, {@code governance_body_kind},
   * {@code fund_kind}, {@code target_public}, {@code indicator_type}, {@code health_determinant}), and
   * {@code suggestion}, {@code suggestionLabel}: the well-known code it most likely means, when there
   * is one.
   */
  CODE_NOT_LISTED("CLS-CODE-NOT-LISTED", Severity.INFO,
      "A code of an open list (party kind, register, territory kind, scheme, governance body, fund, target public, indicator type, determinant) is not one of the list's well-known codes (a party kind is not reported when the party states its category, unless it is close to a known kind)."),

  ;

  private final String code;
  private final Severity severity;
  private final String checks;

  Rule(String code, Severity severity, String checks) {
    this.code = code;
    this.severity = severity;
    this.checks = checks;
  }

  /**
   * Returns what the rule checks, in English, as {@code RULES.md} lists it.
   *
   * @return the description
   */
  public String checks() {
    return checks;
  }

  /**
   * Returns the stable code.
   *
   * @return the code ({@code "CLS-ID-SIREN"})
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of the rule's findings.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the message template of the rule, with its {@code {placeholders}}: the catalogue as it
   * can be listed from Java ({@code for (Rule rule : Rule.values()) …}).
   *
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template
   */
  public String messageTemplate(java.util.Locale locale) {
    return ValidationReport.template(this, locale);
  }

  /**
   * Returns why this rule matters and how to fix a contract that breaks it, for the person who
   * corrects the file: a few plain sentences, in French or English, as {@code cls explain}, the rule
   * catalogue and SARIF's {@code help} show them.
   *
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation
   */
  public String explanation(java.util.Locale locale) {
    return ValidationReport.explanation(code, locale)
        .orElseThrow(() -> new IllegalStateException("no explanation for " + code));
  }

  /**
   * Returns the rule with the given code.
   *
   * @param code the code
   * @return the rule, or empty if no rule has that code
   */
  public static Optional<Rule> fromCode(String code) {
    return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
  }
}
