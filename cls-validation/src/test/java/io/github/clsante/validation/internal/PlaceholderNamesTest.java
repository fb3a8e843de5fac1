package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"XXX", "xxxx", "X", "X X", "Madame X", "M. XXX", "Commune de XXX", "Jean XXX",
      "…", "...", "……", "M. ______", "Commune de …", "Mme ...", "---", "", "   ", "-", "?", ", ,",
      "[Nom]", "[NOM Prénom du signataire]", "<nom du maire>", "{nom}", " [ à compléter ] ",
      "NOM Prénom", "Prénom NOM", "Nom", "Prénoms et nom", "nom prenom", "A compléter", "à préciser", "TBD",
      "Nom de la commune", "Nom du signataire", "M.", "Madame", "Dr"})
  void a_template_s_placeholder_is_one(String name) {
    assertThat(PlaceholderNames.isPlaceholder(name)).as(name).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jean-Pierre Dupont", "Xavier Martin", "Maxence", "Max", "Commune de Xertigny",
      "Communauté de communes du Blaisois", "Agglopolys", "CC", "ARS", "XXe arrondissement", "Louis XIV",
      "Fanny Nomade", "Nomexy", "Oppelia / Vers un Réseau de Soins", "Santé Escale 41", "Bien vieillir…",
      "Association « Alexxa »", "Monsieur le Maire", "Madame Renom", "A", "Le Tréport", "Pr Martin",
      "M. Dupont", "Ville de Saint-Lô (service santé)", "Nomain", "2A"})
  void a_real_name_is_not(String name) {
    assertThat(PlaceholderNames.isPlaceholder(name)).as(name).isFalse();
  }

  @Test
  void words_are_runs_of_letters_and_numbers_folded_up_to_their_first_and_last_character() {
    assertThat(PlaceholderNames.words("a z 0 9 Zoé-Ä l’été 2A (x) ½ ǅ"))
        .containsExactly("a", "z", "0", "9", "zoe", "a", "l", "ete", "2a", "x", "½", "ǆ");
    assertThat(PlaceholderNames.words("")).isEmpty();
    assertThat(PlaceholderNames.words(" — ")).isEmpty();
  }

  @Test
  void a_name_of_two_brackets_alone_is_an_empty_field_and_one_bracket_is_not_a_field() {
    assertThat(PlaceholderNames.isBracketed("[]")).isTrue();
    assertThat(PlaceholderNames.isBracketed("<>")).isTrue();
    assertThat(PlaceholderNames.isBracketed("[")).isFalse();
    assertThat(PlaceholderNames.isBracketed("]")).isFalse();
    assertThat(PlaceholderNames.isBracketed("[Nom")).isFalse();
    assertThat(PlaceholderNames.isBracketed("Nom]")).isFalse();
  }
}
