package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.territory.Region;
import org.junit.jupiter.api.Test;

/**
 * Register numbers have the right keys: checked here against published numbers and by a Luhn check
 * written independently of the one that draws them (cls-validation's rules check them again on
 * whole contracts).
 */
class RegistersTest {

  /** Luhn's check, from the left: the digits in odd places from the right are kept, the others doubled. */
  private static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      int value = doubled ? digit * 2 : digit;
      sum += value / 10 + value % 10;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  @Test
  void the_key_of_published_numbers_is_found() {
    assertThat(Registers.withLuhnKey("73282932")).isEqualTo("732829320"); // a SIREN
    assertThat(Registers.withLuhnKey("12345678")).isEqualTo("123456782");
    assertThat(Registers.withLuhnKey("01000382")).isEqualTo("010003820"); // a FINESS ET
    assertThat(Registers.withLuhnKey("4430618410004")).isEqualTo("44306184100047"); // a SIRET
  }

  @Test
  void drawn_numbers_have_their_form_and_key() {
    for (long seed = 0; seed < 500; seed++) {
      Choices d = Choices.of(seed);
      String siren = Registers.siren(d);
      assertThat(siren).matches("[0-9]{9}").isNotEqualTo("356000000");
      assertThat(luhn(siren)).as(siren).isTrue();
      String siret = Registers.siret(d);
      assertThat(siret).matches("[0-9]{14}");
      assertThat(luhn(siret) && luhn(siret.substring(0, 9))).as(siret).isTrue();
      String finess = Registers.finess(d);
      assertThat(finess).matches("(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{7}");
      assertThat(luhn(finess.replace("2A", "21").replace("2B", "22"))).as(finess).isTrue();
      assertThat(Registers.rna(d)).matches("W[0-9]{9}");
      assertThat(Registers.uai(d)).matches("[0-9]{7}[A-Z]");
      Region region = d.pick(Region.values());
      String departement = Registers.departement(d, region);
      assertThat(region.departements()).contains(departement);
      assertThat(Registers.inseeCommune(d, departement)).startsWith(departement).matches("[0-9AB]{5}")
          .doesNotEndWith(departement.length() == 3 ? "00" : "000");
      assertThat(Registers.qpv(d, departement)).matches("QP[0-9AB]{3}[0-9]{3}|QN[0-9AB]{3}[0-9]{2}[NMI]");
      assertThat(Registers.email(d)).matches("[a-z0-9.-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");
      assertThat(Registers.phone(d)).matches("0[1-9]( [0-9]{2}){4}|\\+33 [1-9][0-9]{8}");
    }
  }
}
