package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

import java.util.List;

/**
 * The texts of generated contracts (textes): text as people write it in a contract, and any text at
 * all.
 *
 * <p>Text as written mixes French typography (’ « » œ, no-break spaces before : ; ? ! and inside
 * guillemets, the non-breaking hyphen), ASCII look-alikes (' "), accents decomposed as well as
 * precomposed, emoji (outside the Basic Multilingual Plane, joined, flags), right-to-left text (Arabic,
 * Hebrew, their direction marks), newlines, and spaces doubled or at the ends: what a text may hold and
 * still be a spreadsheet cell. Any text adds every character a JSON string can carry: controls, escapes,
 * the byte order mark, line and paragraph separators, the last code points of the planes.
 */
public final class Texts {

  /** Fragments of contracts' text, combined by {@link #written(Choices)}. */
  static final List<String> FRAGMENTS = List.of(
      "Contrat local de santé", "Agir sur l’environnement", "«\u00a0Bien vieillir\u00a0» à domicile",
      "Cœur de ville", "Santé mentale et bien-être", "l’accès aux soins de premier recours",
      "Prévention des addictions", "L’Œuvre des jeunes", "Hôpital de Blois", "ARS Centre-Val de Loire",
      "Dépistage – cancers", "Ça, c’est fait\u202f;", "Réunion\u202f: le 3\u00a0mars", "100\u00a0% des écoles",
      "Ligne 1\nLigne 2", "Ünïcödé", "😀 prévention", "👩‍⚕️ soignante", "🇫🇷", "الصحة العامة",
      "בריאות הציבור", "\u200fمرحبا\u200e", "e\u0301cole", "Santé «\u00a0publique\u00a0»", "Bloqué ",
      " Espaces  doubles", "𝔖𝔞𝔫𝔱𝔢́", "C:\\dossier\\fiche.pdf", "\"citation\"", "l'accès aux soins",
      "PRS 2018\u20112028", "Quelle aide\u202f?", "Oui\u202f!", "fa-1", "1.2", "A3", "Élus et habitants",
      "Société \"A, B\"", "CPAM (Loir-et-Cher, 41)", "Association «\u00a0Santé, Vie\u00a0»", "Mutualité française",
      "CCAS de Vendôme", "Maison de santé pluriprofessionnelle", "Lutte contre l’isolement des aînés",
      "Nutrition et activité physique", "Santé environnementale", "Vaccination des enfants",
      "Périnatalité et petite enfance", "Qualité de l’air intérieur", "Habitat indigne", "Aidants", "QPV");

  /** People's names, none a placeholder. */
  static final List<String> NAMES = List.of(
      "Camille Martin", "Marie-Hélène Le Dœuff", "Jean-François N’Diaye", "Zoé Lefèvre", "Inès Benali",
      "Loïc Guéguen", "Anaïs Ç. Oliveira", "محمد بن علي", "Noa Cohen", "Éloïse de La Tour d’Auvergne",
      "Åsa Øberg", "Zhang Wěi", "Jean Dupont");

  /** Characters plain enough to be anything, in any text. */
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:";

  /** Characters a JSON string must keep exactly: typography, escapes, controls, separators, BOM. */
  private static final String SPECIALS =
      "’'«»œŒéèàçÉ€ \"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u00a0\u202f\u2028\u2029\ufeff\ufffd\uffff";

  private Texts() {}

  /**
   * Returns a text as people write it: one to three fragments, sometimes with a number.
   *
   * @param d the choices
   * @return the text, never empty
   */
  public static String written(Choices d) {
    StringBuilder text = new StringBuilder(d.pick(FRAGMENTS));
    int more = d.between(0, 2);
    for (int i = 0; i < more; i++) {
      text.append(d.pick(List.of(" ", ", ", " – ", "\u00a0: ", " et ", " ; ", "\n"))).append(d.pick(FRAGMENTS));
    }
    if (d.chance(20)) {
      text.append(' ').append(d.between(1, 2100));
    }
    return text.toString();
  }

  /**
   * Returns a long text as people write it, of thousands to tens of thousands of characters (a
   * description pasted whole).
   *
   * @param d the choices
   * @return the text
   */
  public static String longWritten(Choices d) {
    // Up to some 50,000 characters: more than a spreadsheet cell holds (32,767).
    return (written(d) + ", ").repeat(d.between(50, 1_500));
  }

  /**
   * Returns a person's name, as written.
   *
   * @param d the choices
   * @return the name
   */
  public static String name(Choices d) {
    return d.pick(NAMES);
  }

  /**
   * Returns any Unicode text with no unpaired surrogate, of up to a dozen characters (or a fragment):
   * plain letters, the characters JSON escapes, controls, the Basic Multilingual Plane and the others.
   *
   * @param d the choices
   * @return the text, possibly empty
   */
  public static String any(Choices d) {
    int length = d.between(0, 12);
    if (length == 12) {
      return d.pick(FRAGMENTS);
    }
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = d.between(0, 9);
      if (kind <= 4) {
        text.append(PLAIN.charAt(d.between(0, PLAIN.length() - 1)));
      } else if (kind <= 6) {
        text.append(SPECIALS.charAt(d.between(0, SPECIALS.length() - 1)));
      } else if (kind == 7) {
        text.append((char) d.between(0, 0x1f));
      } else if (kind == 8) {
        int c = d.between(0x80, 0xFFFF - 0x800); // the BMP without the surrogates
        text.append((char) (c >= 0xD800 ? c + 0x800 : c));
      } else {
        text.appendCodePoint(d.between(0x10000, 0x10FFFF));
      }
    }
    return text.toString();
  }
}
