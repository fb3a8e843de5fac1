package io.github.clsante.spreadsheet.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the Territoires en Transitions plan template that the import reads (colonnes du
 * modèle), each with its template header, its template column and the header texts real files use.
 */
public enum PlanColumn {
  /** A, « Axe (x) ». */
  AXIS("Axe (x)", 1, "axe (x)", "axe", "axes"),
  /** B, « Sous-axe (x.x) ». */
  SUB_AXIS("Sous-axe (x.x)", 2, "sous-axe (x.x)", "sous axe (x.x)", "sous-axe", "sous axe"),
  /** C, « Sous-sous axe (x.x.x) ». */
  SUB_SUB_AXIS("Sous-sous axe (x.x.x)", 3, "sous-sous axe (x.x.x)", "sous-sous-axe (x.x.x)", "sous sous axe (x.x.x)",
      "sous-sous axe", "sous-sous-axe"),
  /** D, « Titre de la fiche action ». */
  TITLE("Titre de la fiche action", 4, "titre de la fiche action", "titre de l'action", "titre de la fiche",
      "titre de la fiche-action", "titre"),
  /** E, « Titre de la sous-action ». */
  SUB_ACTION("Titre de la sous-action", 5, "titre de la sous-action", "titre de la sous action"),
  /** F, « Descriptif ». */
  DESCRIPTION("Descriptif", 6, "descriptif", "description"),
  /** G, « Instances de gouvernance ». */
  GOVERNANCE("Instances de gouvernance", 7, "instances de gouvernance"),
  /** H, « Objectifs ». */
  OBJECTIVES("Objectifs", 8, "objectifs"),
  /** I, « Indicateurs liés ». */
  INDICATORS("Indicateurs liés", 9, "indicateurs lies", "indicateurs"),
  /** J, « Structure pilote ». */
  PILOTS("Structure pilote", 10, "structure pilote", "structures pilotes"),
  /** K, « Moyens humains et techniques ». */
  RESOURCES("Moyens humains et techniques", 11, "moyens humains et techniques"),
  /** L, « Partenaires ». */
  PARTNERS("Partenaires", 12, "partenaires"),
  /** M, « Direction ou service pilote ». */
  SERVICES("Direction ou service pilote", 13, "direction ou service pilote"),
  /** N, « Personne pilote ». */
  PERSON("Personne pilote", 14, "personne pilote", "personnes pilotes"),
  /** O, « Élu·e référent·e ». */
  ELECTED("Élu·e référent·e", 15, "elue referente", "elu referent", "elu(e) referent(e)", "elus referents",
      "elu.e referent.e"),
  /** P, « Participation Citoyenne ». */
  PARTICIPATION("Participation Citoyenne", 16, "participation citoyenne"),
  /** Q, « Financements ». */
  FINANCING("Financements", 17, "financements"),
  /** R, « Financeur 1 ». */
  FINANCER_1("Financeur 1", 18, "financeur 1"),
  /** S, « Montant € HT » after « Financeur 1 ». */
  AMOUNT_1("Montant € HT", 19),
  /** T, « Financeur 2 ». */
  FINANCER_2("Financeur 2", 20, "financeur 2"),
  /** U, « Montant € HT » after « Financeur 2 ». */
  AMOUNT_2("Montant € HT", 21),
  /** V, « Financeur 3 ». */
  FINANCER_3("Financeur 3", 22, "financeur 3"),
  /** W, « Montant € HT » after « Financeur 3 ». */
  AMOUNT_3("Montant € HT", 23),
  /** X, « Budget prévisionnel total € HT ». */
  BUDGET("Budget prévisionnel total € HT", 24, "budget previsionnel total € ht", "budget previsionnel total",
      "budget previsionnel total (€ ht)", "budget"),
  /** Y, « Statut ». */
  STATUS("Statut", 25, "statut"),
  /** Z, « Niveau de priorité ». */
  PRIORITY("Niveau de priorité", 26, "niveau de priorite", "priorite"),
  /** AA, « Date de début ». */
  START("Date de début", 27, "date de debut"),
  /** AB, « Date de fin ». */
  END("Date de fin", 28, "date de fin"),
  /** AC, « Action en amélioration continue ». */
  RECURRING("Action en amélioration continue", 29, "action en amelioration continue"),
  /** « Etapes de la fiche action », in older exports. */
  STEPS("Etapes de la fiche action", 0, "etapes de la fiche action", "etapes"),
  /** « Notes de suivi » in older exports, « Notes » in the template. */
  NOTES("Notes", 0, "notes de suivi", "notes");

  /** The headers after AC that the template or older exports have: kept as extensions, without a finding. */
  static final List<String> KNOWN_EXTRAS = List.of("mesures liees", "actions liees", "documents et liens",
      "calendrier", "fiches des plans liees", "notes complementaires");

  private static final Map<String, PlanColumn> BY_HEADER = new HashMap<>();

  static {
    for (PlanColumn column : values()) {
      for (String header : column.headers) {
        BY_HEADER.put(header, column);
      }
    }
  }

  private final String header;
  private final int templateColumn;
  @SuppressWarnings("ImmutableEnumChecker") // never modified
  private final String[] headers;

  PlanColumn(String header, int templateColumn, String... headers) {
    this.header = header;
    this.templateColumn = templateColumn;
    this.headers = headers;
  }

  /**
   * Returns the template's header.
   *
   * @return the header, as the template writes it
   */
  public String header() {
    return header;
  }

  /**
   * Returns the template's column, from 1 (A is 1), or 0 for a column after AC.
   *
   * @return the column
   */
  public int templateColumn() {
    return templateColumn;
  }

  /**
   * Returns the column a header names, by its folded text; « Montant € HT » is not looked up here.
   *
   * @param header the header as written
   * @return the column, or empty for another header
   */
  public static Optional<PlanColumn> ofHeader(String header) {
    return Optional.ofNullable(BY_HEADER.get(Texts.fold(header)));
  }
}
