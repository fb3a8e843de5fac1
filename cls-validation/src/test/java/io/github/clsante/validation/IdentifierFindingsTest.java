package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.Identifier;
import io.github.clsante.model.party.IdentifierScheme;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.Commune;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.validation.internal.FieldChecks;
import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each problem of each identifier check, as a finding: code, severity, pointer, parameters, and the
 * message in French and English, exactly. French messages are written here with plain spaces; {@link
 * #typography(String)} puts the no-break spaces French typography asks for (inside « », before : ;).
 * Numbers are visibly fictitious ({@code 123456782}) or published examples.
 */
class IdentifierFindingsTest {

  /** Where a value goes in the contract. */
  enum Place {
    SIREN("/parties/0/identifiers/0/value"),
    SIRET("/parties/0/identifiers/0/value"),
    FINESS_ET("/parties/0/identifiers/0/value"),
    RNA("/parties/0/identifiers/0/value"),
    COMMUNE("/territory/communes/0/inseeCode"),
    DEPARTEMENT("/territory/departements/0"),
    QPV("/territory/qpvCodes/0"),
    EMAIL("/coordinator/contact/emails/0");

    final String pointer;

    Place(String pointer) {
      this.pointer = pointer;
    }
  }

  static Contract contract(Place place, String value) {
    var territory = Territory.builder().name("Territoire d’essai");
    var contract = Contract.builder().id("cls-essai").status(ContractStatus.IN_PREPARATION)
        .leadArs(Region.CENTRE_VAL_DE_LOIRE);
    IdentifierScheme scheme = null;
    switch (place) {
      case SIREN:
        scheme = IdentifierScheme.SIREN;
        break;
      case SIRET:
        scheme = IdentifierScheme.SIRET;
        break;
      case FINESS_ET:
        scheme = IdentifierScheme.FINESS_ET;
        break;
      case RNA:
        scheme = IdentifierScheme.RNA;
        break;
      case COMMUNE:
        territory.addCommunes(Commune.ofInseeCode(value));
        break;
      case DEPARTEMENT:
        territory.addDepartements(value);
        break;
      case QPV:
        territory.addQpvCodes(value);
        break;
      case EMAIL:
        contract.coordinator(Coordinator.builder().contact(Contact.builder().addEmails(value).build()).build());
        break;
      default:
        throw new AssertionError(place);
    }
    if (scheme != null) {
      contract.addParty(Party.builder().id("partie").name("Partie d’essai").kind(PartyKind.ASSOCIATION)
          .addIdentifiers(Identifier.of(scheme, value)).build());
    }
    return contract.territory(territory.build()).build();
  }

  static List<Finding> findings(Place place, String value) {
    return ContractValidator.standard().validate(contract(place, value)).findings();
  }

  static String message(Finding finding, Locale locale) {
    return FindingMessages.message(finding, locale);
  }

  /** French typography: no-break space inside « », narrow no-break space before : ; ? !. */
  static String typography(String french) {
    return french.replace("« ", "«\u00A0").replace(" »", "\u00A0»").replace(" :", "\u202F:")
        .replace(" ;", "\u202F;").replace(" ?", "\u202F?").replace(" !", "\u202F!");
  }

  static Map<String, String> params(String... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }

  /** One problem of one check: the value written, the finding's parameters and both messages. */
  record Case(Rule rule, Place place, String value, Map<String, String> params, String french, String english) {
    @Override
    public String toString() {
      return rule.code() + "." + params.get("problem") + " " + value;
    }
  }

  static Case of(Rule rule, Place place, String value, String problem, List<String> details, String french,
      String english) {
    List<String> all = new ArrayList<>(List.of("value", value, "problem", problem));
    all.addAll(details);
    return new Case(rule, place, value, params(all.toArray(new String[0])), french, english);
  }

  static Stream<Case> cases() {
    return Stream.of(
        // SIREN
        of(Rule.ID_SIREN, Place.SIREN, "", "empty", List.of(),
            "Le SIREN est vide : indiquez ses 9 chiffres.",
            "The SIREN is empty: give its 9 digits."),
        of(Rule.ID_SIREN, Place.SIREN, "12345678A", "characters", List.of("characters", "A"),
            "Le SIREN « 12345678A » contient des caractères autres que des chiffres : « A ».",
            "The SIREN \"12345678A\" contains characters other than digits: \"A\"."),
        of(Rule.ID_SIREN, Place.SIREN, "12345678", "length", List.of("length", "8", "expected", "9"),
            "Le SIREN « 12345678 » devrait avoir 9 chiffres : il en a 8.",
            "The SIREN \"12345678\" should have 9 digits; it has 8."),
        of(Rule.ID_SIREN, Place.SIREN, "123456783", "check_key", List.of("key", "2", "suggestion", "123456782"),
            "Le SIREN « 123456783 » a une clé de contrôle fausse : si les 8 premiers chiffres sont justes, le dernier"
                + " devrait être 2 (« 123456782 »).",
            "The SIREN \"123456783\" has a wrong check digit: if the first 8 digits are right, the last one should be"
                + " 2 (\"123456782\")."),
        // SIRET
        of(Rule.ID_SIRET, Place.SIRET, " ", "empty", List.of(),
            "Le SIRET est vide : indiquez ses 14 chiffres.",
            "The SIRET is empty: give its 14 digits."),
        of(Rule.ID_SIRET, Place.SIRET, "123456782/0001", "characters", List.of("characters", "/"),
            "Le SIRET « 123456782/0001 » contient des caractères autres que des chiffres : « / ».",
            "The SIRET \"123456782/0001\" contains characters other than digits: \"/\"."),
        of(Rule.ID_SIRET, Place.SIRET, "123456782", "length", List.of("length", "9", "expected", "14"),
            "Le SIRET « 123456782 » devrait avoir 14 chiffres : il en a 9.",
            "The SIRET \"123456782\" should have 14 digits; it has 9."),
        of(Rule.ID_SIRET, Place.SIRET, "35600000000002", "la_poste_key",
            List.of("key", "1", "otherKey", "6", "suggestion", "35600000000001"),
            "Le SIRET « 35600000000002 », d’un établissement de La Poste, a une clé de contrôle fausse : la somme de"
                + " ses 14 chiffres doit être un multiple de 5 ; si les 13 premiers sont justes, le dernier devrait être"
                + " 1 (« 35600000000001 ») ou 6.",
            "The SIRET \"35600000000002\", of an establishment of La Poste, has a wrong check digit: the sum of its 14"
                + " digits must be a multiple of 5; if the first 13 are right, the last one should be 1"
                + " (\"35600000000001\") or 6."),
        of(Rule.ID_SIRET, Place.SIRET, "12345678900007", "siren_key", List.of("siren", "123456789", "key", "2"),
            "Le SIRET « 12345678900007 » commence par « 123456789 », qui n’est pas un SIREN valide : si ses 8"
                + " premiers chiffres sont justes, le 9e devrait être 2.",
            "The SIRET \"12345678900007\" starts with \"123456789\", which is not a valid SIREN: if its first 8"
                + " digits are right, the 9th should be 2."),
        of(Rule.ID_SIRET, Place.SIRET, "12345678200011", "check_key", List.of("key", "0", "suggestion", "12345678200010"),
            "Le SIRET « 12345678200011 » a une clé de contrôle fausse : si les 13 premiers chiffres sont justes, le"
                + " dernier devrait être 0 (« 12345678200010 »).",
            "The SIRET \"12345678200011\" has a wrong check digit: if the first 13 digits are right, the last one"
                + " should be 0 (\"12345678200010\")."),
        // FINESS
        of(Rule.ID_FINESS, Place.FINESS_ET, "", "empty", List.of(),
            "Le numéro FINESS est vide : indiquez ses 9 caractères.",
            "The FINESS number is empty: give its 9 characters."),
        of(Rule.ID_FINESS, Place.FINESS_ET, "2C0003820", "characters", List.of("characters", "C"),
            "Le numéro FINESS « 2C0003820 » contient des caractères non permis : « C ». Il ne comporte que des"
                + " chiffres, avec 2A ou 2B en tête pour la Corse.",
            "The FINESS number \"2C0003820\" contains characters that are not allowed: \"C\". It is made of digits"
                + " only, starting with 2A or 2B in Corsica."),
        of(Rule.ID_FINESS, Place.FINESS_ET, "10003820", "leading_zero", List.of("suggestion", "010003820"),
            "Le numéro FINESS « 10003820 » a perdu son zéro initial, comme le font souvent les tableurs : écrivez"
                + " « 010003820 ».",
            "The FINESS number \"10003820\" has lost its leading zero, as spreadsheets often do: write"
                + " \"010003820\"."),
        of(Rule.ID_FINESS, Place.FINESS_ET, "0100038", "length", List.of("length", "7", "expected", "9"),
            "Le numéro FINESS « 0100038 » devrait avoir 9 caractères : il en a 7.",
            "The FINESS number \"0100038\" should have 9 characters; it has 7."),
        of(Rule.ID_FINESS, Place.FINESS_ET, "200002861", "corsica",
            List.of("suggestion", "2A0002861", "alternative", "2B0002869"),
            "Le numéro FINESS « 200002861 » commence par 20 : en Corse, il commence par 2A (Corse-du-Sud) ou 2B"
                + " (Haute-Corse), et sa clé de contrôle change avec. Si les autres chiffres sont justes, c’est"
                + " « 2A0002861 » ou « 2B0002869 ».",
            "The FINESS number \"200002861\" starts with 20: in Corsica it starts with 2A (Corse-du-Sud) or 2B"
                + " (Haute-Corse), and its check digit changes with it. If the other digits are right, it is"
                + " \"2A0002861\" or \"2B0002869\"."),
        of(Rule.ID_FINESS, Place.FINESS_ET, "990003820", "prefix", List.of("prefix", "99"),
            "Le numéro FINESS « 990003820 » commence par 99, qui n’est pas un code de département.",
            "The FINESS number \"990003820\" starts with 99, which is not a département code."),
        of(Rule.ID_FINESS, Place.FINESS_ET, "010003821", "check_key", List.of("key", "0", "suggestion", "010003820"),
            "Le numéro FINESS « 010003821 » a une clé de contrôle fausse : si les 8 premiers caractères sont justes,"
                + " le dernier devrait être 0 (« 010003820 »).",
            "The FINESS number \"010003821\" has a wrong check digit: if the first 8 characters are right, the last"
                + " one should be 0 (\"010003820\")."),
        // RNA
        of(Rule.ID_RNA, Place.RNA, "", "empty", List.of(),
            "Le numéro RNA est vide : indiquez W suivi de 9 chiffres.",
            "The RNA number is empty: give W followed by 9 digits."),
        of(Rule.ID_RNA, Place.RNA, "w412004567", "form", List.of("suggestion", "W412004567"),
            "Le numéro RNA « w412004567 » s’écrit « W412004567 ».",
            "The RNA number \"w412004567\" is written \"W412004567\"."),
        of(Rule.ID_RNA, Place.RNA, "X412004567", "prefix", List.of(),
            "Le numéro RNA « X412004567 » devrait commencer par la lettre W.",
            "The RNA number \"X412004567\" should start with the letter W."),
        of(Rule.ID_RNA, Place.RNA, "W41200456A", "characters", List.of("characters", "A"),
            "Le numéro RNA « W41200456A » contient après le W des caractères autres que des chiffres : « A ».",
            "The RNA number \"W41200456A\" contains characters other than digits after the W: \"A\"."),
        of(Rule.ID_RNA, Place.RNA, "W41200456", "length", List.of("length", "8", "expected", "9"),
            "Le numéro RNA « W41200456 » devrait avoir 9 chiffres après le W : il en a 8.",
            "The RNA number \"W41200456\" should have 9 digits after the W; it has 8."),
        // INSEE commune
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "", "empty", List.of(),
            "Le code commune INSEE est vide : indiquez ses 5 caractères.",
            "The INSEE commune code is empty: give its 5 characters."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "2a004", "form", List.of("suggestion", "2A004"),
            "Le code commune INSEE « 2a004 » s’écrit « 2A004 ».",
            "The INSEE commune code \"2a004\" is written \"2A004\"."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "41O18", "characters", List.of("characters", "O"),
            "Le code commune INSEE « 41O18 » contient des caractères non permis : « O ». Il ne comporte que des"
                + " chiffres, avec 2A ou 2B en tête pour la Corse.",
            "The INSEE commune code \"41O18\" contains characters that are not allowed: \"O\". It is made of digits"
                + " only, starting with 2A or 2B in Corsica."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "1053", "leading_zero", List.of("suggestion", "01053"),
            "Le code commune INSEE « 1053 » a perdu son zéro initial, comme le font souvent les tableurs : écrivez"
                + " « 01053 ».",
            "The INSEE commune code \"1053\" has lost its leading zero, as spreadsheets often do: write \"01053\"."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "410180", "length", List.of("length", "6", "expected", "5"),
            "Le code commune INSEE « 410180 » devrait avoir 5 caractères : il en a 6.",
            "The INSEE commune code \"410180\" should have 5 characters; it has 6."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "20004", "corsica", List.of("suggestion", "2A004", "alternative", "2B004"),
            "Le code commune INSEE « 20004 » commence par 20 : depuis 1976, les communes de Corse ont un code en 2A"
                + " (Corse-du-Sud) ou 2B (Haute-Corse), ici « 2A004 » ou « 2B004 ».",
            "The INSEE commune code \"20004\" starts with 20: since 1976, the communes of Corsica have a code in 2A"
                + " (Corse-du-Sud) or 2B (Haute-Corse), here \"2A004\" or \"2B004\"."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "97501", "departement", List.of("departement", "975"),
            "Le code commune INSEE « 97501 » commence par 975, qui n’est pas un code de département.",
            "The INSEE commune code \"97501\" starts with 975, which is not a département code."),
        of(Rule.ID_INSEE_COMMUNE, Place.COMMUNE, "41000", "postal_code", List.of(),
            "« 41000 » ressemble à un code postal, pas à un code commune INSEE : aucune commune n’a le numéro zéro."
                + " Le code INSEE d’une commune diffère souvent de son code postal.",
            "\"41000\" looks like a postal code, not an INSEE commune code: no commune has the number zero. A"
                + " commune's INSEE code often differs from its postal code."),
        // Département
        of(Rule.ID_DEPARTEMENT, Place.DEPARTEMENT, "", "empty", List.of(),
            "Le code de département est vide : indiquez-le (01 à 19, 2A, 2B, 21 à 95, 971 à 974 ou 976).",
            "The département code is empty: give it (01 to 19, 2A, 2B, 21 to 95, 971 to 974 or 976)."),
        of(Rule.ID_DEPARTEMENT, Place.DEPARTEMENT, "041", "form", List.of("suggestion", "41"),
            "Le code de département « 041 » s’écrit « 41 ».",
            "The département code \"041\" is written \"41\"."),
        of(Rule.ID_DEPARTEMENT, Place.DEPARTEMENT, "9", "leading_zero", List.of("suggestion", "09"),
            "Le code de département « 9 » a perdu son zéro initial, comme le font souvent les tableurs : écrivez"
                + " « 09 ».",
            "The département code \"9\" has lost its leading zero, as spreadsheets often do: write \"09\"."),
        of(Rule.ID_DEPARTEMENT, Place.DEPARTEMENT, "20", "corsica", List.of("suggestion", "2A", "alternative", "2B"),
            "« 20 » n’est plus un code de département depuis 1976 : la Corse en a deux, « 2A » (Corse-du-Sud) et"
                + " « 2B » (Haute-Corse).",
            "\"20\" has not been a département code since 1976: Corsica has two, \"2A\" (Corse-du-Sud) and \"2B\""
                + " (Haute-Corse)."),
        of(Rule.ID_DEPARTEMENT, Place.DEPARTEMENT, "Loir-et-Cher", "unknown", List.of(),
            "« Loir-et-Cher » n’est pas un code de département : les codes sont 01 à 19, 2A, 2B, 21 à 95, 971 à 974"
                + " et 976.",
            "\"Loir-et-Cher\" is not a département code: the codes are 01 to 19, 2A, 2B, 21 to 95, 971 to 974 and"
                + " 976."),
        // QPV
        of(Rule.ID_QPV, Place.QPV, "", "empty", List.of(),
            "Le code QPV est vide : indiquez QP suivi de 6 chiffres (quartiers de 2015) ou QN suivi de 5 chiffres et"
                + " d’une lettre (quartiers de 2024).",
            "The QPV code is empty: give QP followed by 6 digits (quartiers of 2015) or QN followed by 5 digits and a"
                + " letter (quartiers of 2024)."),
        of(Rule.ID_QPV, Place.QPV, "qp041001", "form", List.of("suggestion", "QP041001"),
            "Le code QPV « qp041001 » s’écrit « QP041001 ».",
            "The QPV code \"qp041001\" is written \"QP041001\"."),
        of(Rule.ID_QPV, Place.QPV, "041001", "prefix", List.of(),
            "Le code QPV « 041001 » devrait commencer par QP (quartiers de 2015) ou QN (quartiers de 2024).",
            "The QPV code \"041001\" should start with QP (quartiers of 2015) or QN (quartiers of 2024)."),
        of(Rule.ID_QPV, Place.QPV, "QP04100", "length", List.of("length", "7", "expected", "8"),
            "Le code QPV « QP04100 » devrait avoir 8 caractères : il en a 7.",
            "The QPV code \"QP04100\" should have 8 characters; it has 7."),
        of(Rule.ID_QPV, Place.QPV, "QN041011", "pattern", List.of(),
            "Le code QPV « QN041011 » est mal formé : après QP viennent 6 chiffres ; après QN, 5 chiffres et une"
                + " lettre N, M ou I.",
            "The QPV code \"QN041011\" is malformed: QP is followed by 6 digits; QN by 5 digits and a letter N, M or"
                + " I."),
        // E-mail
        of(Rule.ID_EMAIL, Place.EMAIL, "", "empty", List.of(),
            "L’adresse électronique est vide.",
            "The e-mail address is empty."),
        of(Rule.ID_EMAIL, Place.EMAIL, "mailto:coordination@exemple.fr", "form",
            List.of("suggestion", "coordination@exemple.fr"),
            "L’adresse électronique « mailto:coordination@exemple.fr » s’écrit « coordination@exemple.fr ».",
            "The e-mail address \"mailto:coordination@exemple.fr\" is written \"coordination@exemple.fr\"."),
        of(Rule.ID_EMAIL, Place.EMAIL, "a".repeat(250) + "@exemple.fr", "length", List.of("length", "261", "expected", "254"),
            "L’adresse électronique « " + "a".repeat(250) + "@exemple.fr » a 261 caractères, plus que les 254"
                + " permis.",
            "The e-mail address \"" + "a".repeat(250) + "@exemple.fr\" has 261 characters, more than the 254"
                + " allowed."),
        of(Rule.ID_EMAIL, Place.EMAIL, "coordination.exemple.fr", "at_sign", List.of("count", "0"),
            "L’adresse électronique « coordination.exemple.fr » devrait contenir un seul @ : elle en contient 0.",
            "The e-mail address \"coordination.exemple.fr\" should contain exactly one @; it contains 0."),
        of(Rule.ID_EMAIL, Place.EMAIL, "jean dupont@exemple.fr", "local_part", List.of(),
            "L’adresse électronique « jean dupont@exemple.fr » est mal formée avant le @ : n’y sont permis que des"
                + " lettres sans accent, des chiffres, des points (ni au début, ni à la fin, ni deux à la suite) et"
                + " quelques signes comme - _ +, jusqu’à 64 caractères.",
            "The e-mail address \"jean dupont@exemple.fr\" is malformed before the @: only letters without accents,"
                + " digits, dots (neither first, nor last, nor two in a row) and a few signs such as - _ + are"
                + " allowed, up to 64 characters."),
        of(Rule.ID_EMAIL, Place.EMAIL, "cls@blaisois", "domain", List.of("domain", "blaisois"),
            "L’adresse électronique « cls@blaisois » a un nom de domaine mal formé après le @ (« blaisois ») : il"
                + " faut au moins deux parties séparées par des points, faites de lettres, de chiffres et de tirets,"
                + " comme « exemple.fr ».",
            "The e-mail address \"cls@blaisois\" has a malformed domain name after the @ (\"blaisois\"): it needs at"
                + " least two parts separated by dots, made of letters, digits and hyphens, such as"
                + " \"example.org\"."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_problem_gives_one_finding_with_its_params_and_messages(Case c) {
    List<Finding> findings = findings(c.place(), c.value());

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo(c.rule().code());
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.pointer()).isEqualTo(c.place().pointer);
      assertThat(finding.params()).containsExactlyEntriesOf(c.params());
      assertThat(message(finding, Locale.FRENCH)).isEqualTo(typography(c.french()));
      assertThat(message(finding, Locale.ENGLISH)).isEqualTo(c.english());
    });
  }

  @Test
  void the_cases_cover_every_problem_of_every_rule() {
    Map<Rule, Set<Kind>> covered = new LinkedHashMap<>();
    cases().forEach(c -> covered.computeIfAbsent(c.rule(), rule -> EnumSet.noneOf(Kind.class))
        .add(kind(c.params().get("problem"))));
    for (Rule rule : Rule.values()) {
      assertThat(covered.getOrDefault(rule, Set.of())).as(rule.code()).isEqualTo(FieldChecks.problems(rule));
    }
  }

  static Kind kind(String code) {
    return Stream.of(Kind.values()).filter(kind -> kind.code().equals(code)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers written in digit groups

  @Test
  void a_valid_number_in_digit_groups_is_accepted_with_the_compact_form_suggested() {
    List<Finding> findings = findings(Place.SIREN, "123 456 782");

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("CLS-ID-NOT-COMPACT");
      assertThat(finding.severity()).isEqualTo(Severity.INFO);
      assertThat(finding.pointer()).isEqualTo("/parties/0/identifiers/0/value");
      assertThat(finding.params()).containsExactlyEntriesOf(params("value", "123 456 782", "suggestion", "123456782"));
      assertThat(message(finding, Locale.FRENCH))
          .isEqualTo(typography("Le numéro « 123 456 782 » s’écrit sans espaces, points ni tirets : « 123456782 »."));
      assertThat(message(finding, Locale.ENGLISH))
          .isEqualTo("The number \"123 456 782\" is written without spaces, dots or dashes: \"123456782\".");
    });
    assertThat(ContractValidator.standard().validate(contract(Place.SIREN, "123 456 782")).isValid()).isTrue();
  }

  @Test
  void siret_and_finess_in_digit_groups_are_accepted_too() {
    assertThat(findings(Place.SIRET, "123\u00A0456\u00A0782\u00A000010")).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("CLS-ID-NOT-COMPACT");
      assertThat(finding.params()).containsExactlyEntriesOf(
          params("value", "123\u00A0456\u00A0782\u00A000010", "suggestion", "12345678200010"));
    });
    assertThat(findings(Place.FINESS_ET, "01.000.382.0")).singleElement().satisfies(finding -> {
      assertThat(finding.code()).isEqualTo("CLS-ID-NOT-COMPACT");
      assertThat(finding.params()).containsExactlyEntriesOf(params("value", "01.000.382.0", "suggestion", "010003820"));
    });
    assertThat(findings(Place.FINESS_ET, "2A 000 286 1")).singleElement()
        .satisfies(finding -> assertThat(finding.params()).containsEntry("suggestion", "2A0002861"));
  }

  @Test
  void an_invalid_number_in_digit_groups_gets_the_error_of_its_compact_form_and_the_suggestion_to_write_it_so() {
    List<Finding> findings = findings(Place.SIREN, "123 456 783");

    assertThat(findings).hasSize(2);
    Finding error = findings.get(0);
    Finding info = findings.get(1);
    assertThat(error.code()).isEqualTo("CLS-ID-SIREN");
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.pointer()).isEqualTo("/parties/0/identifiers/0/value");
    assertThat(error.params()).containsExactlyEntriesOf(
        params("value", "123456783", "problem", "check_key", "key", "2", "suggestion", "123456782"));
    assertThat(message(error, Locale.FRENCH)).isEqualTo(typography("Le SIREN « 123456783 » a une clé de contrôle"
        + " fausse : si les 8 premiers chiffres sont justes, le dernier devrait être 2 (« 123456782 »)."));
    assertThat(info.code()).isEqualTo("CLS-ID-NOT-COMPACT");
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.pointer()).isEqualTo("/parties/0/identifiers/0/value");
    assertThat(info.params()).containsExactlyEntriesOf(params("value", "123 456 783", "suggestion", "123456783"));
    assertThat(message(info, Locale.ENGLISH))
        .isEqualTo("The number \"123 456 783\" is written without spaces, dots or dashes: \"123456783\".");
  }

  @Test
  void a_number_in_digit_groups_with_a_wrong_length_or_letter_is_reported_on_its_compact_form() {
    assertThat(findings(Place.SIRET, "123 456 782 0001")).extracting(Finding::code, Finding::params).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CLS-ID-SIRET",
            params("value", "1234567820001", "problem", "length", "length", "13", "expected", "14")),
        org.assertj.core.groups.Tuple.tuple("CLS-ID-NOT-COMPACT",
            params("value", "123 456 782 0001", "suggestion", "1234567820001")));
    assertThat(findings(Place.SIREN, "123 456 78A")).extracting(Finding::code, Finding::params).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CLS-ID-SIREN",
            params("value", "12345678A", "problem", "characters", "characters", "A")),
        org.assertj.core.groups.Tuple.tuple("CLS-ID-NOT-COMPACT",
            params("value", "123 456 78A", "suggestion", "12345678A")));
  }

  @Test
  void rna_commune_and_other_codes_are_not_read_in_digit_groups() {
    assertThat(findings(Place.RNA, "W 412 004 567")).extracting(Finding::code).containsExactly("CLS-ID-RNA");
    assertThat(findings(Place.COMMUNE, "41 018")).extracting(Finding::code).containsExactly("CLS-ID-INSEE-COMMUNE");
  }
}
