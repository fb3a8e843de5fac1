package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

import io.github.clsante.model.territory.Region;
import java.util.List;

/**
 * Numbers of public registers as they are (numéros des registres): well-formed SIREN, SIRET, FINESS and
 * RNA numbers, INSEE commune codes and QPV codes with the right keys, and e-mail addresses that reach
 * someone; each drawn from choices, none made to name a real organisation.
 */
public final class Registers {

  private static final List<String> DOMAINS = List.of("agglopolys.fr", "ars.sante.fr", "ville-blois.fr",
      "cpam-41.assurance-maladie.fr", "mutualite.fr", "asso-sante-vie.org", "example.org");

  private Registers() {}

  /**
   * Returns a SIREN: 8 digits and their Luhn key (never La Poste's, whose SIRETs follow another rule).
   *
   * @param d the choices
   * @return the 9 digits
   */
  public static String siren(Choices d) {
    String siren;
    do {
      siren = withLuhnKey(digits(d, 8));
    } while (siren.equals("356000000"));
    return siren;
  }

  /**
   * Returns a SIRET: a SIREN, a 4-digit establishment number and the Luhn key of the 14 digits.
   *
   * @param d the choices
   * @return the 14 digits
   */
  public static String siret(Choices d) {
    return withLuhnKey(siren(d) + digits(d, 4));
  }

  /**
   * Returns a FINESS number: a département prefix (01 to 95 but 20, or 2A, 2B), 6 digits and the key.
   *
   * @param d the choices
   * @return the 9 characters
   */
  public static String finess(Choices d) {
    int department = d.between(1, 96);
    String prefix = department == 20 ? "2A" : department == 96 ? "2B" : String.format("%02d", department);
    // For the key, 2A counts as 21 and 2B as 22.
    String forKey = prefix.replace("2A", "21").replace("2B", "22") + digits(d, 6);
    String key = withLuhnKey(forKey).substring(8);
    return prefix + forKey.substring(2) + key;
  }

  /**
   * Returns an RNA number: W and 9 digits.
   *
   * @param d the choices
   * @return the number
   */
  public static String rna(Choices d) {
    return "W" + digits(d, 9);
  }

  /**
   * Returns a UAI (the number of a school): 7 digits and a letter.
   *
   * @param d the choices
   * @return the number
   */
  public static String uai(Choices d) {
    return digits(d, 7) + (char) ('A' + d.between(0, 25));
  }

  /**
   * Returns the INSEE code of a commune of a département: the département's code and the commune's
   * number (3 digits, or 2 overseas), never zero.
   *
   * @param d the choices
   * @param departement a département's code ({@code 41}, {@code 2A}, {@code 974})
   * @return the code
   */
  public static String inseeCommune(Choices d, String departement) {
    int width = departement.length() == 3 ? 2 : 3;
    int number = d.between(1, width == 2 ? 99 : 999);
    return departement + String.format(width == 2 ? "%02d" : "%03d", number);
  }

  /**
   * Returns a QPV code of a département: of 2015 ({@code QP041001}) or of 2024 ({@code QN04101M}).
   *
   * @param d the choices
   * @param departement a département's code
   * @return the code
   */
  public static String qpv(Choices d, String departement) {
    String part = departement.length() == 3 ? departement : "0" + departement;
    return d.chance(50) ? "QP" + part + digits(d, 3) : "QN" + part + digits(d, 2) + d.pick(List.of("N", "M", "I"));
  }

  /**
   * Returns a département of a region.
   *
   * @param d the choices
   * @param region the region
   * @return the département's code
   */
  public static String departement(Choices d, Region region) {
    return d.pick(region.departements());
  }

  /**
   * Returns an e-mail address that reaches someone: a local part of letters, digits and dots, at a
   * domain of two labels or more.
   *
   * @param d the choices
   * @return the address
   */
  public static String email(Choices d) {
    String local = d.pick(List.of("contact", "camille.martin", "cls", "sante-publique", "accueil", "z.lefevre"));
    return local + (d.chance(50) ? "" : Integer.toString(d.between(1, 99))) + "@" + d.pick(DOMAINS);
  }

  /**
   * Returns a French telephone number, as people write it.
   *
   * @param d the choices
   * @return the number
   */
  public static String phone(Choices d) {
    String number = "0" + d.between(1, 9) + digits(d, 8);
    return d.chance(50) ? number.replaceAll("(..)(?!$)", "$1 ") : "+33 " + number.substring(1);
  }

  /**
   * Returns {@code count} decimal digits.
   *
   * @param d the choices
   * @param count how many
   * @return the digits
   */
  public static String digits(Choices d, int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + d.between(0, 9)));
    }
    return digits.toString();
  }

  /** The digits followed by the Luhn key that makes the whole pass Luhn's check. */
  static String withLuhnKey(String digits) {
    int sum = 0;
    // From the right of the whole (the key is the rightmost), every second digit is doubled: the
    // rightmost of the digits given, then every other one to its left.
    for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
      int digit = digits.charAt(i) - '0';
      if (position % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return digits + (char) ('0' + (10 - sum % 10) % 10);
  }
}
