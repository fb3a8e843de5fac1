package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * E-mail addresses (CLS-ID-EMAIL) at the edges of what is allowed: the first and last ASCII letters and
 * digits and the characters just outside them, in the local part and in the domain; a local part of 64
 * characters and an address of 254, the longest allowed, against one more.
 */
class EmailEdgesTest {

  @Test
  void the_first_and_last_ascii_letters_and_digits_are_allowed_everywhere() {
    assertThat(Identifiers.isEmail("az.AZ.09@az-AZ-09.fr")).isTrue();
    assertThat(Identifiers.isEmail("a@a.z")).isTrue();
    assertThat(Identifiers.isEmail("Z9@Z.A0")).isTrue();
  }

  @Test
  void the_characters_next_to_letters_and_digits_are_not_in_a_domain() {
    for (char c : new char[] {'`', '{', '@', '[', '/', ':'}) {
      assertThat(Identifiers.isEmail("contact@exemple" + c + ".fr")).as("%s in the domain", c).isFalse();
    }
    assertThat(Identifiers.isEmail("contact@exemple.f" + '{')).isFalse();
  }

  @Test
  void the_local_part_takes_the_other_characters_of_rfc_5322_and_refuses_the_neighbours_of_letters() {
    assertThat(Identifiers.isEmail("a`b{c}d/e|f~@exemple.fr")).isTrue();
    for (char c : new char[] {'[', ':', '@', '\\'}) {
      assertThat(Identifiers.isEmail("a" + c + "b@exemple.fr")).as("%s in the local part", c).isFalse();
    }
  }

  @Test
  void a_local_part_of_64_characters_is_judged_by_its_domain_and_one_of_65_is_too_long() {
    String local64 = "a".repeat(64);

    assertThat(Identifiers.isEmail(local64 + "@exemple.fr")).isTrue();
    assertThat(IdentifierProblems.email(local64 + "@exemple"))
        .contains(IdentifierProblem.of(Kind.DOMAIN, "domain", "exemple"));
    assertThat(IdentifierProblems.email("a" + local64 + "@exemple")).contains(IdentifierProblem.of(Kind.LOCAL_PART));
  }

  @Test
  void an_address_of_254_characters_is_judged_by_its_form_and_one_of_255_is_too_long() {
    String noAt254 = "a".repeat(254);

    assertThat(IdentifierProblems.email(noAt254)).contains(IdentifierProblem.of(Kind.AT_SIGN, "count", "0"));
    assertThat(IdentifierProblems.email(noAt254 + "a"))
        .contains(IdentifierProblem.of(Kind.LENGTH, "length", "255", "expected", "254"));
  }
}
