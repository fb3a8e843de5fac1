package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What exactly is wrong with each kind of identifier. Numbers are visibly fictitious ({@code
 * 123456782}) or published examples; none is made up to look like a real organisation's.
 */
class IdentifierProblemsTest {

  private static IdentifierProblem problem(Kind kind, String... details) {
    return IdentifierProblem.of(kind, details);
  }

  private static void assertProblem(Function<String, Optional<IdentifierProblem>> diagnosis, String value,
      IdentifierProblem expected) {
    assertThat(diagnosis.apply(value)).as(value).contains(expected);
  }

  @Test
  void params_are_value_problem_then_details_in_order() {
    assertThat(problem(Kind.CHECK_KEY, "key", "2", "suggestion", "123456782").params("123456783"))
        .containsExactly(Map.entry("value", "123456783"), Map.entry("problem", "check_key"), Map.entry("key", "2"),
            Map.entry("suggestion", "123456782"));
  }

  @Nested
  class Compact {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123 456 782|123456782",
        "123\u00A0456\u00A0782|123456782", // no-break spaces
        "123\u202F456\u202F782|123456782", // narrow no-break spaces
        "123.456.782|123456782",
        "123-456-782|123456782",
        "123 - 456 - 782|123456782",
        "123\u2013456\u2011782|123456782", // en dash, non-breaking hyphen
        "' 123456782 '|123456782",
        "123 456 782 00010|12345678200010",
        "2A 000 286 1|2A0002861",
        "01 000 382 0|010003820",
        "123 456 78A|12345678A", // other characters stay, for the check to report
        "12 34X 56|1234X 56" // only between two digits
      })
    void removes_separators_between_digits_and_surrounding_white_space(String written, String compact) {
      assertThat(IdentifierProblems.compact(written)).contains(compact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "-123456782", "123456782.", "12345678A", "C D", "1/2", "1\t2", " ", ""})
    void leaves_alone_what_has_no_separator_between_digits(String written) {
      assertThat(IdentifierProblems.compact(written)).isEmpty();
    }

    @Test
    void removes_tabs_and_line_ends_around_the_number() {
      assertThat(IdentifierProblems.compact("\t123456782\r\n")).contains("123456782");
    }

    @Test
    void is_total() {
      assertThat(IdentifierProblems.compact(null)).isEmpty();
    }
  }

  @Nested
  class Siren {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> siren = IdentifierProblems::siren;
      assertProblem(siren, "", problem(Kind.EMPTY));
      assertProblem(siren, " \u00A0", problem(Kind.EMPTY));
      assertProblem(siren, null, problem(Kind.EMPTY));
      assertProblem(siren, "12345678A", problem(Kind.CHARACTERS, "characters", "A"));
      assertProblem(siren, "12A45B78A", problem(Kind.CHARACTERS, "characters", "AB"));
      assertProblem(siren, "1234\uD83D\uDE001", problem(Kind.CHARACTERS, "characters", "\uD83D\uDE00"));
      assertProblem(siren, "123 456 782", problem(Kind.CHARACTERS, "characters", " "));
      assertProblem(siren, "12345678", problem(Kind.LENGTH, "length", "8", "expected", "9"));
      assertProblem(siren, "1234567820", problem(Kind.LENGTH, "length", "10", "expected", "9"));
      assertProblem(siren, "123456783", problem(Kind.CHECK_KEY, "key", "2", "suggestion", "123456782"));
      assertProblem(siren, "732829321", problem(Kind.CHECK_KEY, "key", "0", "suggestion", "732829320"));
      assertThat(IdentifierProblems.siren("123456782")).isEmpty();
    }
  }

  @Nested
  class Siret {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> siret = IdentifierProblems::siret;
      assertProblem(siret, "", problem(Kind.EMPTY));
      assertProblem(siret, "1234567820001X", problem(Kind.CHARACTERS, "characters", "X"));
      assertProblem(siret, "1234567820001", problem(Kind.LENGTH, "length", "13", "expected", "14"));
      assertProblem(siret, "12345678200011", problem(Kind.CHECK_KEY, "key", "0", "suggestion", "12345678200010"));
      // The 14 digits pass Luhn; the SIREN part 123456789 does not.
      assertProblem(siret, "12345678900007", problem(Kind.SIREN_KEY, "siren", "123456789", "key", "2"));
      assertProblem(siret, "12345678900000", problem(Kind.SIREN_KEY, "siren", "123456789", "key", "2"));
      assertThat(IdentifierProblems.siret("12345678200010")).isEmpty();
    }

    @Test
    void gives_la_poste_the_two_last_digits_that_make_its_digit_sum_a_multiple_of_5() {
      assertThat(IdentifierProblems.siret("35600000000002")).contains(
          problem(Kind.LA_POSTE_KEY, "key", "1", "otherKey", "6", "suggestion", "35600000000001"));
      assertThat(IdentifierProblems.siret("35600000000014")).contains(
          problem(Kind.LA_POSTE_KEY, "key", "0", "otherKey", "5", "suggestion", "35600000000010"));
      assertThat(Identifiers.isSiret("35600000000006")).isTrue();
    }
  }

  @Nested
  class Finess {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> finess = IdentifierProblems::finess;
      assertProblem(finess, "", problem(Kind.EMPTY));
      assertProblem(finess, "01000382X", problem(Kind.CHARACTERS, "characters", "X"));
      assertProblem(finess, "2C0003820", problem(Kind.CHARACTERS, "characters", "C"));
      assertProblem(finess, "2a0002861", problem(Kind.CHARACTERS, "characters", "a"));
      assertProblem(finess, "0A0003820", problem(Kind.CHARACTERS, "characters", "A"));
      assertProblem(finess, "10003820", problem(Kind.LEADING_ZERO, "suggestion", "010003820"));
      assertProblem(finess, "10003821", problem(Kind.LENGTH, "length", "8", "expected", "9"));
      assertProblem(finess, "0100038200", problem(Kind.LENGTH, "length", "10", "expected", "9"));
      assertProblem(finess, "200002861",
          problem(Kind.CORSICA, "suggestion", "2A0002861", "alternative", "2B0002869"));
      assertProblem(finess, "000003820", problem(Kind.PREFIX, "prefix", "00"));
      assertProblem(finess, "960003820", problem(Kind.PREFIX, "prefix", "96"));
      assertProblem(finess, "990003820", problem(Kind.PREFIX, "prefix", "99"));
      assertProblem(finess, "010003821", problem(Kind.CHECK_KEY, "key", "0", "suggestion", "010003820"));
      assertProblem(finess, "2A0002862", problem(Kind.CHECK_KEY, "key", "1", "suggestion", "2A0002861"));
      assertThat(IdentifierProblems.finess("010003820")).isEmpty();
    }
  }

  @Nested
  class InseeCommune {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> commune = IdentifierProblems::inseeCommune;
      assertProblem(commune, "", problem(Kind.EMPTY));
      assertProblem(commune, "2a004", problem(Kind.FORM, "suggestion", "2A004"));
      assertProblem(commune, " 41018 ", problem(Kind.FORM, "suggestion", "41018"));
      assertProblem(commune, "4101X", problem(Kind.CHARACTERS, "characters", "X"));
      assertProblem(commune, "Blois", problem(Kind.CHARACTERS, "characters", "Blois"));
      assertProblem(commune, "1053", problem(Kind.LEADING_ZERO, "suggestion", "01053"));
      assertProblem(commune, "0410", problem(Kind.LENGTH, "length", "4", "expected", "5"));
      assertProblem(commune, "410180", problem(Kind.LENGTH, "length", "6", "expected", "5"));
      assertProblem(commune, "20004", problem(Kind.CORSICA, "suggestion", "2A004", "alternative", "2B004"));
      assertProblem(commune, "96001", problem(Kind.DEPARTEMENT, "departement", "96"));
      assertProblem(commune, "00001", problem(Kind.DEPARTEMENT, "departement", "00"));
      assertProblem(commune, "98714", problem(Kind.DEPARTEMENT, "departement", "98"));
      assertProblem(commune, "97501", problem(Kind.DEPARTEMENT, "departement", "975"));
      assertProblem(commune, "41000", problem(Kind.POSTAL_CODE));
      assertProblem(commune, "97400", problem(Kind.POSTAL_CODE));
      assertThat(IdentifierProblems.inseeCommune("41018")).isEmpty();
    }
  }

  @Nested
  class Departement {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> departement = IdentifierProblems::departement;
      assertProblem(departement, "", problem(Kind.EMPTY));
      assertProblem(departement, "2a", problem(Kind.FORM, "suggestion", "2A"));
      assertProblem(departement, " 41", problem(Kind.FORM, "suggestion", "41"));
      assertProblem(departement, "041", problem(Kind.FORM, "suggestion", "41"));
      assertProblem(departement, "02b", problem(Kind.FORM, "suggestion", "2B"));
      assertProblem(departement, "1", problem(Kind.LEADING_ZERO, "suggestion", "01"));
      assertProblem(departement, "20", problem(Kind.CORSICA, "suggestion", "2A", "alternative", "2B"));
      assertProblem(departement, "975", problem(Kind.UNKNOWN));
      assertProblem(departement, "0", problem(Kind.UNKNOWN));
      assertProblem(departement, "Loir-et-Cher", problem(Kind.UNKNOWN));
      assertThat(IdentifierProblems.departement("41")).isEmpty();
    }
  }

  @Nested
  class QpvCode {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> qpv = IdentifierProblems::qpvCode;
      assertProblem(qpv, "", problem(Kind.EMPTY));
      assertProblem(qpv, "qp062001", problem(Kind.FORM, "suggestion", "QP062001"));
      assertProblem(qpv, "QP 062 001", problem(Kind.FORM, "suggestion", "QP062001"));
      assertProblem(qpv, "qn06201i", problem(Kind.FORM, "suggestion", "QN06201I"));
      assertProblem(qpv, "062001", problem(Kind.PREFIX));
      assertProblem(qpv, "QX062001", problem(Kind.PREFIX));
      assertProblem(qpv, "QP06200", problem(Kind.LENGTH, "length", "7", "expected", "8"));
      assertProblem(qpv, "QN062011", problem(Kind.PATTERN));
      assertProblem(qpv, "QP06200A", problem(Kind.PATTERN));
      assertThat(IdentifierProblems.qpvCode("QN06201I")).isEmpty();
    }
  }

  @Nested
  class Rna {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> rna = IdentifierProblems::rna;
      assertProblem(rna, "", problem(Kind.EMPTY));
      assertProblem(rna, "w412004567", problem(Kind.FORM, "suggestion", "W412004567"));
      assertProblem(rna, "W 412 004 567", problem(Kind.FORM, "suggestion", "W412004567"));
      assertProblem(rna, "412004567", problem(Kind.FORM, "suggestion", "W412004567"));
      assertProblem(rna, "X412004567", problem(Kind.PREFIX));
      assertProblem(rna, "W41200456A", problem(Kind.CHARACTERS, "characters", "A"));
      assertProblem(rna, "W41200456", problem(Kind.LENGTH, "length", "8", "expected", "9"));
      assertProblem(rna, "W", problem(Kind.LENGTH, "length", "0", "expected", "9"));
      assertThat(IdentifierProblems.rna("W412004567")).isEmpty();
    }
  }

  @Nested
  class Email {

    @Test
    void names_each_problem_in_turn() {
      Function<String, Optional<IdentifierProblem>> email = IdentifierProblems::email;
      String address = "coordination@exemple.fr";
      assertProblem(email, "", problem(Kind.EMPTY));
      assertProblem(email, " " + address + " ", problem(Kind.FORM, "suggestion", address));
      assertProblem(email, "mailto:" + address, problem(Kind.FORM, "suggestion", address));
      assertProblem(email, "MAILTO:" + address, problem(Kind.FORM, "suggestion", address));
      assertProblem(email, "<" + address + ">", problem(Kind.FORM, "suggestion", address));
      String tooLong = "a".repeat(250) + "@exemple.fr";
      assertProblem(email, tooLong, problem(Kind.LENGTH, "length", "261", "expected", "254"));
      assertProblem(email, "coordination.exemple.fr", problem(Kind.AT_SIGN, "count", "0"));
      assertProblem(email, "a@exemple.fr; b@exemple.fr", problem(Kind.AT_SIGN, "count", "2"));
      assertProblem(email, "@exemple.fr", problem(Kind.LOCAL_PART));
      assertProblem(email, ".coordination@exemple.fr", problem(Kind.LOCAL_PART));
      assertProblem(email, "jean dupont@exemple.fr", problem(Kind.LOCAL_PART));
      assertProblem(email, "a".repeat(65) + "@exemple.fr", problem(Kind.LOCAL_PART));
      assertProblem(email, "coordination@exemple", problem(Kind.DOMAIN, "domain", "exemple"));
      assertProblem(email, "coordination@", problem(Kind.DOMAIN, "domain", ""));
      assertProblem(email, "coordination@exemple..fr", problem(Kind.DOMAIN, "domain", "exemple..fr"));
      assertThat(IdentifierProblems.email(address)).isEmpty();
    }
  }
}
