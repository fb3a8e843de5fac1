package io.github.clsante.serialization;

import io.github.clsante.model.Spelling;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import io.github.clsante.serialization.internal.Shapes;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object of the JSON interchange format (objet du format): its name, its members in format
 * {@value ContractJson#FORMAT_VERSION}, and the object each member holds, read from the format's one
 * declaration, which the reader, the canonical writer and the JSON Schema follow too. Read-only.
 *
 * <p>Code that points into a contract document (the validator, a user's own rules) takes its member
 * names from here rather than writing them out: {@link #member(String)} checks the name against the
 * declaration, so a member renamed in the format fails where the name is taken (at class
 * initialisation, for a constant), not silently in a finding that points nowhere.
 *
 * <pre>{@code
 * static final String PARTNERS = FormatObject.ACTION_SHEET.member("partners");   // "partners"
 * FormatObject.CONTRACT.objectOf("axes");           // Optional[Axis]: each element is an axis
 * FormatObject.ACTION_SHEET.member("partenaires");  // IllegalArgumentException (did you mean partners?)
 * }</pre>
 */
public final class FormatObject {

  /** The contract, the document's root ({@code Contract}). */
  public static final FormatObject CONTRACT = new FormatObject(ContractFormat.CONTRACT);
  /** The version of the document read ({@code DocumentVersion}). */
  public static final FormatObject DOCUMENT_VERSION = new FormatObject(ContractFormat.DOCUMENT_VERSION);
  /** A strategic axis ({@code Axis}, axe stratégique). */
  public static final FormatObject AXIS = new FormatObject(ContractFormat.AXIS);
  /** An objective grouping action sheets ({@code Objective}). */
  public static final FormatObject OBJECTIVE = new FormatObject(ContractFormat.OBJECTIVE);
  /** An action sheet or a sub-action ({@code ActionSheet}, fiche action). */
  public static final FormatObject ACTION_SHEET = new FormatObject(ContractFormat.ACTION_SHEET);
  /** A party ({@code Party}, acteur). */
  public static final FormatObject PARTY = new FormatObject(ContractFormat.PARTY);
  /** A reference to a party ({@code PartyRef}). */
  public static final FormatObject PARTY_REF = new FormatObject(ContractFormat.PARTY_REF);
  /** A registry identifier ({@code Identifier}: SIREN, SIRET, FINESS…). */
  public static final FormatObject IDENTIFIER = new FormatObject(ContractFormat.IDENTIFIER);
  /** A person ({@code Person}). */
  public static final FormatObject PERSON = new FormatObject(ContractFormat.PERSON);
  /** A contact ({@code Contact}). */
  public static final FormatObject CONTACT = new FormatObject(ContractFormat.CONTACT);
  /** A territory ({@code Territory}, périmètre). */
  public static final FormatObject TERRITORY = new FormatObject(ContractFormat.TERRITORY);
  /** A commune ({@code Commune}). */
  public static final FormatObject COMMUNE = new FormatObject(ContractFormat.COMMUNE);
  /** A period ({@code Period}). */
  public static final FormatObject PERIOD = new FormatObject(ContractFormat.PERIOD);
  /** A text in another language ({@code LocalizedText}). */
  public static final FormatObject LOCALIZED_TEXT = new FormatObject(ContractFormat.LOCALIZED_TEXT);
  /** A carrier ({@code Carrier}, porteur). */
  public static final FormatObject CARRIER = new FormatObject(ContractFormat.CARRIER);
  /** A signatory ({@code Signatory}, signataire). */
  public static final FormatObject SIGNATORY = new FormatObject(ContractFormat.SIGNATORY);
  /** The coordinator ({@code Coordinator}, coordonnateur). */
  public static final FormatObject COORDINATOR = new FormatObject(ContractFormat.COORDINATOR);
  /** A governance body ({@code GovernanceBody}: COPIL, COTECH…). */
  public static final FormatObject GOVERNANCE_BODY = new FormatObject(ContractFormat.GOVERNANCE_BODY);
  /** The shared diagnostic ({@code Diagnostic}, diagnostic local de santé). */
  public static final FormatObject DIAGNOSTIC = new FormatObject(ContractFormat.DIAGNOSTIC);
  /** The regional health project declined ({@code PrsReference}, PRS). */
  public static final FormatObject PRS_REFERENCE = new FormatObject(ContractFormat.PRS);
  /** A link to another scheme ({@code SchemeLink}: CLSM, contrat de ville…). */
  public static final FormatObject SCHEME_LINK = new FormatObject(ContractFormat.SCHEME_LINK);
  /** An amendment ({@code Amendment}, avenant). */
  public static final FormatObject AMENDMENT = new FormatObject(ContractFormat.AMENDMENT);
  /** A milestone ({@code Milestone}). */
  public static final FormatObject MILESTONE = new FormatObject(ContractFormat.MILESTONE);
  /** A document of the contract ({@code Document}). */
  public static final FormatObject DOCUMENT = new FormatObject(ContractFormat.DOCUMENT);
  /** A reference to another contract ({@code ContractReference}). */
  public static final FormatObject CONTRACT_REFERENCE = new FormatObject(ContractFormat.CONTRACT_REFERENCE);
  /** A funding of an action ({@code Funding}, financement). */
  public static final FormatObject FUNDING = new FormatObject(ContractFormat.FUNDING);
  /** A budget line ({@code BudgetLine}). */
  public static final FormatObject BUDGET_LINE = new FormatObject(ContractFormat.BUDGET_LINE);
  /** How citizens take part in an action ({@code CitizenParticipation}). */
  public static final FormatObject CITIZEN_PARTICIPATION = new FormatObject(ContractFormat.PARTICIPATION_SHAPE);
  /** A follow-up note ({@code FollowUpNote}, note de suivi). */
  public static final FormatObject FOLLOW_UP_NOTE = new FormatObject(ContractFormat.FOLLOW_UP_NOTE);
  /** An evaluation indicator ({@code Indicator}, indicateur). */
  public static final FormatObject INDICATOR = new FormatObject(ContractFormat.INDICATOR);
  /** An indicator's baseline ({@code Baseline}, valeur de référence). */
  public static final FormatObject BASELINE = new FormatObject(ContractFormat.BASELINE);
  /** An indicator's target ({@code Target}, valeur cible). */
  public static final FormatObject TARGET = new FormatObject(ContractFormat.TARGET);
  /** An indicator's measurement ({@code Measurement}, valeur mesurée). */
  public static final FormatObject MEASUREMENT = new FormatObject(ContractFormat.MEASUREMENT);

  /** Every object, in the order of the format's declaration (the root first). */
  private static final List<FormatObject> ALL = List.of(CONTRACT, DOCUMENT_VERSION, AXIS, OBJECTIVE, ACTION_SHEET,
      PARTY, PARTY_REF, IDENTIFIER, PERSON, CONTACT, TERRITORY, COMMUNE, PERIOD, LOCALIZED_TEXT, CARRIER, SIGNATORY,
      COORDINATOR, GOVERNANCE_BODY, DIAGNOSTIC, PRS_REFERENCE, SCHEME_LINK, AMENDMENT, MILESTONE, DOCUMENT,
      CONTRACT_REFERENCE, FUNDING, BUDGET_LINE, CITIZEN_PARTICIPATION, FOLLOW_UP_NOTE, INDICATOR, BASELINE, TARGET,
      MEASUREMENT);

  private static final IdentityHashMap<ObjectShape<?, ?>, FormatObject> BY_SHAPE = new IdentityHashMap<>();

  static {
    for (FormatObject object : ALL) {
      BY_SHAPE.put(object.shape, object);
    }
    if (!BY_SHAPE.keySet().containsAll(ContractFormat.ALL) || BY_SHAPE.size() != ContractFormat.ALL.size()) {
      throw new IllegalStateException("FormatObject does not list every object of the format declaration");
    }
  }

  private final ObjectShape<?, ?> shape;
  /** The members of the current version, by name, in RFC 8785 order. */
  private final Map<String, Field<?, ?>> members = new LinkedHashMap<>();

  private FormatObject(ObjectShape<?, ?> shape) {
    this.shape = shape;
    for (Field<?, ?> field : shape.fieldList(Shapes.CURRENT_MINOR)) {
      members.put(field.name(), field);
    }
  }

  /**
   * Returns every object of the format, the contract first.
   *
   * @return the objects, in the order of the format's declaration
   */
  public static List<FormatObject> all() {
    return ALL;
  }

  /**
   * Returns the object of the given name.
   *
   * @param name the object's name, as the JSON Schema's definitions give it ({@code "ActionSheet"})
   * @return the object, or empty when the format has none of that name
   */
  public static Optional<FormatObject> named(String name) {
    Objects.requireNonNull(name, "name");
    for (FormatObject object : ALL) {
      if (object.name().equals(name)) {
        return Optional.of(object);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the object's name, as the JSON Schema's definitions give it.
   *
   * @return the name ({@code "ActionSheet"})
   */
  public String name() {
    return shape.name();
  }

  /**
   * Returns what the object is, in English, as {@code FORMAT.md} and the JSON Schema say it.
   *
   * @return the description
   */
  public String description() {
    return shape.description();
  }

  /**
   * Returns the object's member names in format {@value ContractJson#FORMAT_VERSION}.
   *
   * @return the names, in RFC 8785 order (the order of the canonical form)
   */
  public List<String> members() {
    return List.copyOf(members.keySet());
  }

  /**
   * Tells whether the object has a member of that name in format {@value ContractJson#FORMAT_VERSION}.
   *
   * @param name a member name
   * @return whether the object has it
   */
  public boolean has(String name) {
    return members.containsKey(Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns a member name, checked against the format: the way to write a member name in code that
   * points into documents.
   *
   * @param name the member name ({@code "pilots"})
   * @return the same name
   * @throws IllegalArgumentException if the object has no member of that name in format {@value
   *     ContractJson#FORMAT_VERSION}; the message names the closest member, or the member that replaced a
   *     member of format 1.0
   */
  public String member(String name) {
    if (!has(name)) {
      for (Field<?, ?> field : shape.fieldList()) {
        if (field.name().equals(name) && field.replacement().isPresent()) {
          throw new IllegalArgumentException(name() + " has no member " + name + " in format "
              + ContractJson.FORMAT_VERSION + "; format 1.0 named it so, format 1.1 writes " + field.replacement().get());
        }
      }
      Optional<String> close = Spelling.closest(members.keySet(), name, 3);
      throw new IllegalArgumentException(name() + " has no member " + name + " in format "
          + ContractJson.FORMAT_VERSION + close.map(c -> "; did you mean " + c + "?").orElse(""));
    }
    return name;
  }

  /**
   * Returns the object a member holds: its value, or each element of its list.
   *
   * @param name a member name
   * @return the object, or empty for a member holding a text, a number, a code or a date
   * @throws IllegalArgumentException if the object has no such member
   */
  public Optional<FormatObject> objectOf(String name) {
    return Optional.ofNullable(BY_SHAPE.get(field(name).shape()));
  }

  /**
   * Tells whether a member holds a list, whose elements a JSON Pointer designates by their index from 0.
   *
   * @param name a member name
   * @return whether the member is a list
   * @throws IllegalArgumentException if the object has no such member
   */
  public boolean isList(String name) {
    return field(name).kind() == Field.Kind.LIST;
  }

  private Field<?, ?> field(String name) {
    return members.get(member(name));
  }

  @Override
  public String toString() {
    return name();
  }
}
