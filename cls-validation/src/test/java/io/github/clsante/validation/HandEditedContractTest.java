package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A contract edited by hand the way local authorities edit files, with seven mistakes at once: a status
 * written as its French label, a region written by its name, a French field name, an amount written
 * « 12 000 € », a SIREN with a wrong check digit, a fiche without pilot and a fiche without title. One
 * run reports every one of them, each in plain words at the place the officer knows, with its fix, and
 * nothing that only follows from another.
 */
class HandEditedContractTest {

  static final Path FILE = Path.of("src/test/resources/io/github/clsante/validation/hand-edited/contrat-edite-a-la-main.json");

  private static List<String> lines(Locale locale) {
    ValidationReport report = ContractValidator.standard().validate(FILE);
    return report.findings().stream()
        .map(f -> f.location().map(l -> l.line() + ":" + l.column()).orElse("-") + " " + f.severity().code() + " "
            + f.code() + " | " + report.place(f, locale).orElse("-") + " | " + FindingMessages.message(f, locale))
        .collect(Collectors.toList());
  }

  @Test
  void every_mistake_is_reported_once_with_no_finding_caused_by_another() {
    ValidationReport report = ContractValidator.standard().validate(FILE);

    assertThat(report.findings()).extracting(f -> f.code() + " " + f.pointer()).containsExactly(
        "CLS-JSON-WRONG-TYPE /axes/0/actionSheets/1/budgetCents",
        "CLS-SHEET-NO-PILOT /axes/0/actionSheets/2",
        "CLS-JSON-MISSING-MEMBER /axes/0/actionSheets/3",
        "CLS-JSON-UNKNOWN-CODE /leadArs",
        "CLS-ID-SIREN /parties/1/identifiers/0/value",
        "CLS-JSON-UNKNOWN-MEMBER /period/début",
        "CLS-JSON-UNKNOWN-CODE /status");
    // Each suggestion is data, not only text.
    assertThat(report.findings()).extracting(f -> f.params().get("suggestion"))
        .containsExactly("1200000", null, null, "24", "123456782", "start", "signed");
  }

  @Test
  void in_french() {
    assertThat(lines(Locale.FRENCH)).containsExactly(
        "45:26 error CLS-JSON-WRONG-TYPE | Axe 1 › Fiche 2 «\u00a0Favoriser l’activité physique des…\u00a0» › budget | "
            + "Ce champ attend un montant en centimes d’euro (un nombre entier, sans guillemets)\u202f; il contient du "
            + "texte entre guillemets\u202f: «\u00a012 000 €\u00a0». Écrivez plutôt 1200000.",
        "48:9 error CLS-SHEET-NO-PILOT | Axe 1 › Fiche 3 «\u00a0Prévenir l’isolement des aidants\u00a0» | "
            + "Aucun pilote n’est indiqué pour cette fiche action.",
        "54:9 error CLS-JSON-MISSING-MEMBER | Axe 1 › Fiche 4 | Il manque le champ obligatoire «\u00a0title\u00a0» "
            + "(le titre).",
        "6:14 error CLS-JSON-UNKNOWN-CODE | ARS pilote | «\u00a0Centre-Val de Loire\u00a0» n’est pas un code de la "
            + "liste des régions (code INSEE de la région de l’ARS). Vouliez-vous dire «\u00a024\u00a0» (Centre-Val de "
            + "Loire)\u202f? Il est lu comme «\u00a024\u00a0». Codes possibles\u202f: 01 (Guadeloupe), 02 (Martinique), 03 (Guyane), 04 (La Réunion), "
            + "06 (Mayotte), 11 (Île-de-France), 24 (Centre-Val de Loire), 27 (Bourgogne-Franche-Comté), 28 (Normandie), "
            + "32 (Hauts-de-France), 44 (Grand Est), 52 (Pays de la Loire), 53 (Bretagne), 75 (Nouvelle-Aquitaine), "
            + "76 (Occitanie), 84 (Auvergne-Rhône-Alpes), 93 (Provence-Alpes-Côte d’Azur), 94 (Corse).",
        "20:51 error CLS-ID-SIREN | Acteur 2 «\u00a0Communauté de communes du Pays d’Exemple\u00a0» › Identifiant 1 › "
            + "valeur | Le SIREN «\u00a0123456783\u00a0» a une clé de contrôle fausse\u202f: si les 8 premiers chiffres "
            + "sont justes, le dernier devrait être 2 («\u00a0123456782\u00a0»).",
        "13:5 error CLS-JSON-UNKNOWN-MEMBER | Période | Le champ «\u00a0début\u00a0» n’existe pas dans le format des "
            + "contrats. Vouliez-vous dire «\u00a0start\u00a0»\u202f? Sa valeur est lue comme celle de "
            + "«\u00a0start\u00a0».",
        "5:13 error CLS-JSON-UNKNOWN-CODE | statut | «\u00a0signé\u00a0» n’est pas un code de la liste des statuts du "
            + "contrat. Vouliez-vous dire «\u00a0signed\u00a0» (Signé)\u202f? Il est lu comme «\u00a0signed\u00a0». Codes possibles\u202f: in_preparation "
            + "(En élaboration), signed (Signé), in_force (En vigueur), under_evaluation (En évaluation), ended "
            + "(Terminé), renewed (Renouvelé), abandoned (Abandonné).");
  }

  @Test
  void in_english() {
    assertThat(lines(Locale.ENGLISH)).containsExactly(
        "45:26 error CLS-JSON-WRONG-TYPE | Axis 1 › Sheet 2 \"Favoriser l’activité physique des…\" › budget | "
            + "This field expects an amount in euro cents (a whole number, without quotes); it holds text in quotes: "
            + "\"12 000 €\". Write 1200000 instead.",
        "48:9 error CLS-SHEET-NO-PILOT | Axis 1 › Sheet 3 \"Prévenir l’isolement des aidants\" | "
            + "No pilot is given for this action sheet.",
        "54:9 error CLS-JSON-MISSING-MEMBER | Axis 1 › Sheet 4 | The required field \"title\" (the title) is missing.",
        "6:14 error CLS-JSON-UNKNOWN-CODE | lead ARS | \"Centre-Val de Loire\" is not a code of the list of regions "
            + "(INSEE code of the ARS's region). Did you mean \"24\" (Centre-Val de Loire)? It is read as \"24\". Allowed codes: "
            + "01 (Guadeloupe), 02 (Martinique), 03 (Guyane), 04 (La Réunion), 06 (Mayotte), 11 (Île-de-France), "
            + "24 (Centre-Val de Loire), 27 (Bourgogne-Franche-Comté), 28 (Normandie), 32 (Hauts-de-France), "
            + "44 (Grand Est), 52 (Pays de la Loire), 53 (Bretagne), 75 (Nouvelle-Aquitaine), 76 (Occitanie), "
            + "84 (Auvergne-Rhône-Alpes), 93 (Provence-Alpes-Côte d’Azur), 94 (Corse).",
        "20:51 error CLS-ID-SIREN | Party 2 \"Communauté de communes du Pays d’Exemple\" › Identifier 1 › value | "
            + "The SIREN \"123456783\" has a wrong check digit: if the first 8 digits are right, the last one should "
            + "be 2 (\"123456782\").",
        "13:5 error CLS-JSON-UNKNOWN-MEMBER | Period | The field \"début\" does not exist in the contract format. "
            + "Did you mean \"start\"? Its value is read as that of \"start\".",
        "5:13 error CLS-JSON-UNKNOWN-CODE | status | \"signé\" is not a code of the list of contract statuses. Did "
            + "you mean \"signed\" (Signé)? It is read as \"signed\". Allowed codes: in_preparation (En élaboration), signed (Signé), in_force "
            + "(En vigueur), under_evaluation (En évaluation), ended (Terminé), renewed (Renouvelé), abandoned "
            + "(Abandonné).");
  }

  @Test
  void once_the_file_is_fixed_as_the_findings_say_it_is_valid_and_clean() throws java.io.IOException {
    String fixed = java.nio.file.Files.readString(FILE)
        .replace("\"signé\"", "\"signed\"").replace("\"Centre-Val de Loire\"", "\"24\"")
        .replace("\"début\"", "\"start\"").replace("\"12 000 €\"", "1200000").replace("123456783", "123456782")
        .replace("\"title\": \"Prévenir l’isolement des aidants\",",
            "\"title\": \"Prévenir l’isolement des aidants\", \"pilots\": [{\"partyId\": \"ccas\"}],")
        .replace("\"number\": \"4\",", "\"number\": \"4\", \"title\": \"Tenir des permanences\",");

    List<Finding> findings = ContractValidator.standard()
        .validate(fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).findings();

    assertThat(findings).isEmpty();
  }
}
