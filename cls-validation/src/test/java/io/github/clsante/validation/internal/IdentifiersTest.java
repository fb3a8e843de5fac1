package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  /** Arabic-Indic digit two (U+0662). */
  private static final String ARABIC_TWO = "\u0662";

  /** Full-width "123456782" (U+FF11…). */
  private static final String FULL_WIDTH_SIREN =
      "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF12";

  private static Map<String, Predicate<String>> allChecks() {
    Map<String, Predicate<String>> checks = new LinkedHashMap<>();
    checks.put("isSiren", Identifiers::isSiren);
    checks.put("isSiret", Identifiers::isSiret);
    checks.put("isFiness", Identifiers::isFiness);
    checks.put("isInseeCommune", Identifiers::isInseeCommune);
    checks.put("isDepartement", Identifiers::isDepartement);
    checks.put("isRegion", Identifiers::isRegion);
    checks.put("isEmail", Identifiers::isEmail);
    checks.put("isRna", Identifiers::isRna);
    checks.put("isQpvCode", Identifiers::isQpvCode);
    return checks;
  }

  @Test
  void every_check_answers_false_for_null_and_empty() {
    allChecks()
        .forEach(
            (name, check) -> {
              assertThat(check.test(null)).as(name + "(null)").isFalse();
              assertThat(check.test("")).as(name + "(\"\")").isFalse();
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " ",
        "\t",
        "\n",
        "\u0000",
        "@",
        "@@",
        ".",
        "\uD800",
        "\uDC00abc",
        "a@\uD800.fr",
        "a@b.\uDBFF",
        "2",
        "97",
        "QP",
        "W",
        "\uFEFF123456782"
      })
  void no_check_throws_on_odd_input(String odd) {
    allChecks()
        .forEach((name, check) -> assertThat(check.test(odd)).as(name + "(" + odd + ")").isFalse());
  }

  @Test
  void no_check_throws_on_a_very_long_input() {
    String longInput = "1".repeat(100_000) + "@" + "a".repeat(100_000);
    allChecks()
        .forEach((name, check) -> assertThat(check.test(longInput)).as(name).isFalse());
  }

  @Nested
  class Siren {

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "732829320", "356000000", "775544083"})
    void accepts_nine_digits_with_a_right_luhn_key(String siren) {
      assertThat(Identifiers.isSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "123456783", // Luhn key off by one
          "123456781",
          "732829321",
          "132456782", // two digits swapped
          "12345678", // too short
          "1234567820", // too long
          "123 456 782", // spaces
          " 123456782",
          "123456782 ",
          "12345678A",
          "-12345678",
          "+12345678",
          "12345678" + ARABIC_TWO, // Arabic-Indic digit
          FULL_WIDTH_SIREN
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isSiren(candidate)).isFalse();
    }
  }

  @Nested
  class Siret {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "12345678200010",
          "73282932000074",
          "77554408300477",
          "35600000000048" // La Poste head office: keeps the Luhn key, fails the sum rule
        })
    void accepts_fourteen_digits_with_a_right_luhn_key(String siret) {
      assertThat(Identifiers.isSiret(siret)).isTrue();
    }

    /** These fail Luhn; their digit sum (15, 15, 20, 25) is a multiple of 5. */
    @ParameterizedTest
    @ValueSource(strings = {"35600000000001", "35600000000010", "35600000000024", "35600000000191"})
    void accepts_la_poste_sirets_by_the_sum_rule(String siret) {
      assertThat(Identifiers.isSiret(siret)).isTrue();
    }

    /** These pass Luhn but their digit sum is not a multiple of 5. */
    @ParameterizedTest
    @ValueSource(strings = {"35600000000014", "35600000000022", "35600000000147"})
    void refuses_la_poste_sirets_that_only_pass_luhn(String siret) {
      assertThat(Identifiers.isSiret(siret)).isFalse();
    }

    @Test
    void refuses_a_siret_whose_siren_part_fails_luhn() {
      // The 14 digits pass Luhn, but 123456789 is not a SIREN.
      assertThat(Identifiers.isSiren("123456789")).isFalse();
      assertThat(Identifiers.isSiret("12345678900007")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "12345678200011", // Luhn key off by one
          "73282932000075",
          "35600000000049", // La Poste head office off by one
          "35600000000002", // La Poste, sum 16
          "1234567820001", // 13 digits
          "123456782000100", // 15 digits
          "123456782", // a SIREN is not a SIRET
          "123 456 782 00010", // spaces
          "12345678200010 ",
          "1234567820001A",
          "1234567820001" + "\u0660", // Arabic-Indic zero
          "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF12\uFF10\uFF10\uFF10\uFF11\uFF10"
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isSiret(candidate)).isFalse();
    }
  }

  @Nested
  class Finess {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "010003820", // ET, npm finess package documentation
          "010003812", // EJ, same source
          "010001261",
          "410003289",
          "750002602",
          "950001792",
          "970103784", // Guadeloupe
          "970203071", // Martinique
          "970301305", // Guyane
          "970403630", // La Réunion
          "970500104" // Saint-Pierre-et-Miquelon
        })
    void accepts_published_numbers(String finess) {
      assertThat(Identifiers.isFiness(finess)).isTrue();
    }

    /**
     * Corsican numbers from the public FINESS extraction in gip-inclusion/pilotage: they pass Luhn
     * with 2A→21 and 2B→22.
     */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "2A0002861",
          "2A0003026",
          "2A0022885",
          "2A0023438",
          "2B0003537",
          "2B0003651",
          "2B0003693"
        })
    void accepts_corsican_numbers_with_2a_as_21_and_2b_as_22(String finess) {
      assertThat(Identifiers.isFiness(finess)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "010003821", // Luhn key off by one
          "010003830", // one digit changed
          "010003813",
          "110003820", // first digit changed
          "2A0002862", // Corsican key off by one
          "2B0003538",
          "2B0002861", // the 2A number with 2B
          "2A0003537", // the 2B number with 2A
          "200002863", // passes plain Luhn, but 20 is not a prefix
          "000002865", // passes plain Luhn, but 00 is not a prefix
          "960002863", // passes plain Luhn, but 96 is not a prefix
          "990002867", // passes plain Luhn, but 99 is not a prefix
          "2a0002861", // lower case
          "2C0002861",
          "A20002861",
          "01000382", // 8 characters
          "0100038200", // 10 characters
          "01 000 382 0", // displayed form, with spaces
          "01000382 ",
          "01000381" + ARABIC_TWO,
          "01000382A"
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isFiness(candidate)).isFalse();
    }
  }

  @Nested
  class InseeCommune {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "41018", // Blois
          "76351", // Le Havre
          "80533",
          "01001",
          "95680",
          "75056", // Paris
          "75101", // Paris 1er arrondissement
          "2A004", // Ajaccio
          "2B033", // Bastia
          "97101",
          "97209",
          "97302",
          "97411", // Saint-Denis (La Réunion)
          "97611" // Mamoudzou
        })
    void accepts_commune_codes_of_the_101_departements(String code) {
      assertThat(Identifiers.isInseeCommune(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "20004", // Corsica before 1976
          "97501", // Saint-Pierre-et-Miquelon: not a département
          "97502",
          "97701", // Saint-Barthélemy
          "97801", // Saint-Martin
          "97001",
          "97901",
          "98735", // Polynésie française
          "99100", // COG country code
          "00001",
          "96001",
          "75000", // commune number zero
          "2A000",
          "97400",
          "2a004", // lower case
          "2b033",
          "2C004",
          "4101", // too short
          "410180", // too long
          "41 018",
          " 41018",
          "41018 ",
          "4101A",
          "4101" + "\u0668", // Arabic-Indic eight
          "\uFF14\uFF11\uFF10\uFF11\uFF18" // full-width 41018
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isInseeCommune(candidate)).isFalse();
    }
  }

  @Nested
  class Departement {

    @Test
    void accepts_exactly_the_101_departements() {
      long twoCharacter =
          IntStream.rangeClosed(0, 99)
              .mapToObj(n -> String.format("%02d", n))
              .filter(Identifiers::isDepartement)
              .count();
      long threeCharacter =
          IntStream.rangeClosed(0, 999)
              .mapToObj(n -> String.format("%03d", n))
              .filter(Identifiers::isDepartement)
              .count();
      assertThat(twoCharacter + 2 + threeCharacter).isEqualTo(101);
      assertThat(twoCharacter).isEqualTo(94);
      assertThat(threeCharacter).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "01", "09", "19", "2A", "2B", "21", "41", "76", "80", "95", "971", "972", "973", "974", "976"
        })
    void accepts_departement_codes(String code) {
      assertThat(Identifiers.isDepartement(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "20", "2a", "2b", "2C", "00", "96", "97", "98", "99", "975", "977", "978", "970", "979",
          "984", "988", "1", "001", "041", "9710", " 41", "41 ", "4 1", "A2",
          "\uFF14\uFF11", // full-width 41
          "\u0664\u0661" // Arabic-Indic 41
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isDepartement(candidate)).isFalse();
    }
  }

  @Nested
  class RegionCode {

    @Test
    void accepts_exactly_the_18_regions() {
      long regions =
          IntStream.rangeClosed(0, 99)
              .mapToObj(n -> String.format("%02d", n))
              .filter(Identifiers::isRegion)
              .count();
      assertThat(regions).isEqualTo(18);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76",
          "84", "93", "94"
        })
    void accepts_region_codes(String code) {
      assertThat(Identifiers.isRegion(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "05", "00", "07", "23", "25", "99", "1", "011", "FR-NOR", "28 ", " 28", "\uFF12\uFF18"
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isRegion(candidate)).isFalse();
    }
  }

  @Nested
  class Email {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "coordinateur@agglopolys.fr",
          "prenom.nom@ars.sante.fr",
          "ars-normandie-cls@ars.sante.fr",
          "a+tag@example.org",
          "o'brien@example.ie",
          "x@sub-domain.example.com",
          "a@b.co",
          "!#$%&'*+-/=?^_`{|}~@example.com",
          "user123@123.example.com",
          "contact@société.fr", // IDN, not punycode-encoded
          "user@bücher.de",
          "user@例え.jp",
          "user@xn--bcher-kva.de"
        })
    void accepts_ordinary_addresses(String email) {
      assertThat(Identifiers.isEmail(email)).isTrue();
    }

    @Test
    void accepts_an_address_of_exactly_254_characters() {
      String email = "l".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(61);
      assertThat(email).hasSize(254);
      assertThat(Identifiers.isEmail(email)).isTrue();
    }

    @Test
    void refuses_an_address_longer_than_254_characters() {
      String email = "l".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(62);
      assertThat(email).hasSize(255);
      assertThat(Identifiers.isEmail(email)).isFalse();
    }

    @Test
    void refuses_a_local_part_longer_than_64_characters() {
      assertThat(Identifiers.isEmail("l".repeat(64) + "@example.fr")).isTrue();
      assertThat(Identifiers.isEmail("l".repeat(65) + "@example.fr")).isFalse();
    }

    @Test
    void refuses_a_domain_label_longer_than_63_characters() {
      assertThat(Identifiers.isEmail("user@" + "a".repeat(63) + ".fr")).isTrue();
      assertThat(Identifiers.isEmail("user@" + "a".repeat(64) + ".fr")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "plainaddress",
          "@example.com",
          "user@",
          "user@localhost", // single label
          "user@@example.com",
          "a@b@example.com",
          ".user@example.com",
          "user.@example.com",
          "us..er@example.com",
          "user@example..com",
          "user@.example.com",
          "user@example.com.",
          "user@-example.com",
          "user@example-.com",
          "user@example.-com",
          "us er@example.com",
          "user@exa mple.com",
          " user@example.com",
          "user@example.com ",
          "user\t@example.com",
          "user@example.com\n",
          "user\u00A0@example.com", // no-break space
          "\"quoted\"@example.com",
          "user(comment)@example.com",
          "user@[192.0.2.1]",
          "user@192.0.2.1", // all-digit top-level label
          "user@example.123",
          "user@exa_mple.com",
          "user@exa!mple.com",
          "usér@example.com", // non-ASCII local part (RFC 6531) not accepted
          "user@example.c\u0662m", // Arabic-Indic digit in the domain
          "user@\u0301example.com" // label starting with a combining mark
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isEmail(candidate)).isFalse();
    }
  }

  @Nested
  class Rna {

    @ParameterizedTest
    @ValueSource(strings = {"W412004567", "W751234567", "W000000000", "W972001234"})
    void accepts_w_and_nine_digits(String rna) {
      assertThat(Identifiers.isRna(rna)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "w412004567", // lower case
          "W41200456", // 8 digits
          "W4120045678", // 10 digits
          "412004567W",
          "412004567",
          "W 41200456",
          "W412004567 ",
          "W41200456A",
          "WW12004567",
          "W41200456" + "\u0661", // Arabic-Indic one
          "W\uFF14\uFF11\uFF12\uFF10\uFF10\uFF14\uFF15\uFF16\uFF17" // full-width digits
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isRna(candidate)).isFalse();
    }
  }

  @Nested
  class QpvCode {

    @ParameterizedTest
    @ValueSource(strings = {"QP062001", "QP974012", "QP093005", "QP041001", "QP02A001"})
    void accepts_qp_and_six_digits(String code) {
      assertThat(Identifiers.isQpvCode(code)).isTrue();
    }

    /** The quartiers of 2024: QN, the département on 3 characters, a 2-digit number, N, M or I. */
    @ParameterizedTest
    @ValueSource(strings = {"QN06201I", "QN06202M", "QN09315N", "QN02B01I"})
    void accepts_qn_five_digits_and_a_letter(String code) {
      assertThat(Identifiers.isQpvCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "qp062001", // lower case
          "Qp062001",
          "QP06200", // 5 digits
          "QP0620011", // 7 digits
          "QN062001",
          "QN06201X", // not N, M or I
          "QN06201i",
          "QN0620I1",
          "QN06201",
          "QN06201IN",
          "QP02C001",
          "QP2A0001",
          "PQ062001",
          "QP 062001",
          "QP062 001",
          "QP06200A",
          "062001",
          "QP0620\uFF10\uFF11", // full-width digits
          "QP06200" + "\u0661" // Arabic-Indic one
        })
    void refuses_anything_else(String candidate) {
      assertThat(Identifiers.isQpvCode(candidate)).isFalse();
    }
  }
}
