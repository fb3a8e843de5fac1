package io.github.clsante.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The databind baseline's target (cible de la liaison Jackson): plain classes of the format's shape,
 * one public field per member, typed where the generated contracts are large (axes, sheets, pilots,
 * indicators, fundings, parties) and left as trees for the few contract-wide objects that do not grow
 * with the size. Unknown members fail the read, so every member of the generated files is mapped.
 */
@SuppressWarnings("MemberName") // JSON names written as the format spells them
public final class ContractPojo {
  /** {@code formatVersion}. */
  public String formatVersion;
  /** {@code id}. */
  public String id;
  /** {@code kind}. */
  public String kind;
  /** {@code status}. */
  public String status;
  /** {@code leadArs}. */
  public String leadArs;
  /** {@code sheetNumbering}. */
  public String sheetNumbering;
  /** {@code signatoriesComplete}. */
  public Boolean signatoriesComplete;
  /** {@code signatureDateAsWritten}. */
  public String signatureDateAsWritten;
  /** {@code announcedActionSheetCount}. */
  public Integer announcedActionSheetCount;
  /** {@code announcedAxisCount}. */
  public Integer announcedAxisCount;
  /** {@code parties}. */
  public List<PartyPojo> parties;
  /** {@code axes}. */
  public List<AxisPojo> axes;
  /** {@code carriers}. */
  public List<JsonNode> carriers;
  /** {@code signatories}. */
  public List<JsonNode> signatories;
  /** {@code governanceBodies}. */
  public List<JsonNode> governanceBodies;
  /** {@code linkedSchemes}. */
  public List<JsonNode> linkedSchemes;
  /** {@code milestones}. */
  public List<JsonNode> milestones;
  /** {@code coordinator}. */
  public JsonNode coordinator;
  /** {@code diagnostic}. */
  public JsonNode diagnostic;
  /** {@code period}. */
  public JsonNode period;
  /** {@code previousContract}. */
  public JsonNode previousContract;
  /** {@code prs}. */
  public JsonNode prs;
  /** {@code territory}. */
  public JsonNode territory;

  /** A party (partie). */
  public static final class PartyPojo {
    /** {@code id}. */
    public String id;
    /** {@code name}. */
    public String name;
    /** {@code acronym}. */
    public String acronym;
    /** {@code kind}. */
    public String kind;
    /** {@code otherNames}. */
    public List<String> otherNames;
    /** {@code identifiers}. */
    public List<JsonNode> identifiers;
    /** {@code departement}. */
    public String departement;
  }

  /** An axis (axe). */
  public static final class AxisPojo {
    /** {@code id}. */
    public String id;
    /** {@code number}. */
    public String number;
    /** {@code title}. */
    public String title;
    /** {@code actionSheets}. */
    public List<SheetPojo> actionSheets;
  }

  /** An action sheet (fiche action). */
  public static final class SheetPojo {
    /** {@code id}. */
    public String id;
    /** {@code number}. */
    public String number;
    /** {@code title}. */
    public String title;
    /** {@code description}. */
    public String description;
    /** {@code pilots}. */
    public List<RefPojo> pilots;
    /** {@code indicators}. */
    public List<IndicatorPojo> indicators;
    /** {@code fundings}. */
    public List<FundingPojo> fundings;
  }

  /** A reference to a party. */
  public static final class RefPojo {
    /** {@code partyId}. */
    public String partyId;
  }

  /** An indicator (indicateur). */
  public static final class IndicatorPojo {
    /** {@code id}. */
    public String id;
    /** {@code name}. */
    public String name;
    /** {@code type}. */
    public String type;
    /** {@code unit}. */
    public String unit;
  }

  /** A funding (financement). */
  public static final class FundingPojo {
    /** {@code amount}, in euros. */
    public BigDecimal amount;
    /** {@code financer}. */
    public RefPojo financer;
    /** {@code fund}. */
    public String fund;
    /** {@code year}. */
    public Integer year;
  }
}
