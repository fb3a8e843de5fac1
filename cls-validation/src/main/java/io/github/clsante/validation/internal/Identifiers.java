package io.github.clsante.validation.internal;

import io.github.clsante.model.territory.Region;

/**
 * Syntax and check-digit tests for the French identifiers a CLS carries: not API.
 *
 * <p>Every method is pure and total: it never throws, answers {@code false} for {@code null}, and
 * allocates nothing beyond what {@link Region#fromCode(String)} does. Digits are ASCII {@code 0}–{@code
 * 9} only: Arabic-Indic, full-width and other Unicode digits are rejected, and so is any whitespace;
 * callers that accept user input normalise it (strip spaces) before calling. Letters are
 * case-sensitive: {@code 2a} is not {@code 2A}.
 */
public final class Identifiers {

  /** SIREN of La Poste, whose establishments do not use the Luhn key. */
  static final String LA_POSTE_SIREN = "356000000";

  /** SIRET of La Poste's head office: the one La Poste SIRET that keeps the Luhn key. */
  static final String LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

  static final int SIREN_LENGTH = 9;
  static final int SIRET_LENGTH = 14;
  static final int FINESS_LENGTH = 9;
  static final int COMMUNE_LENGTH = 5;
  static final int RNA_LENGTH = 10;
  static final int QPV_LENGTH = 8;
  static final int EMAIL_MAX_LENGTH = 254;
  static final int EMAIL_LOCAL_MAX_LENGTH = 64;
  private static final int DOMAIN_LABEL_MAX_LENGTH = 63;

  /**
   * What {@link #isDepartement(String)} accepts, as a regular expression for Jakarta Validation's
   * {@code @Pattern}: the validator checks département codes with that built-in constraint.
   */
  public static final String DEPARTEMENT_PATTERN = "0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46]";

  /** What {@link #isInseeCommune(String)} accepts, as a regular expression for {@code @Pattern}. */
  public static final String INSEE_COMMUNE_PATTERN =
      "(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])(?!000)[0-9]{3}|97[1-46](?!00)[0-9]{2}";

  /** What {@link #isQpvCode(String)} accepts, as a regular expression for {@code @Pattern}. */
  public static final String QPV_PATTERN = "QP(?:[0-9]{3}|02[AB])[0-9]{3}|QN(?:[0-9]{3}|02[AB])[0-9]{2}[NMI]";

  private Identifiers() {}

  /**
   * Checks that a string is a SIREN: exactly 9 ASCII digits whose Luhn (mod 10) key is right.
   *
   * <p>Examples: {@code 123456782} and {@code 732829320} are valid; {@code 123456783} is not.
   *
   * @param value the candidate, without spaces
   * @return {@code true} when {@code value} is a well-formed SIREN; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isSiren(String value) {
    return value != null
        && value.length() == SIREN_LENGTH
        && allAsciiDigits(value, 0, SIREN_LENGTH)
        && luhn(value, SIREN_LENGTH);
  }

  /**
   * Checks that a string is a SIRET: exactly 14 ASCII digits with a right check key, La Poste
   * excepted.
   *
   * <p>The rule, as applied by INSEE and by {@code python-stdnum} ({@code stdnum/fr/siret.py}):
   *
   * <ul>
   *   <li>a SIRET of La Poste (SIREN {@code 356000000}) other than its head office is valid when the
   *       sum of its 14 digits is a multiple of 5; the Luhn key is not used (such SIRETs, e.g. {@code
   *       35600000000001}, usually fail Luhn);
   *   <li>La Poste's head office {@code 35600000000048} keeps the Luhn key (it fails the sum rule);
   *   <li>any other SIRET is valid when the 14 digits pass Luhn and its first 9 digits are a valid
   *       {@linkplain #isSiren(String) SIREN}.
   * </ul>
   *
   * @param value the candidate, without spaces
   * @return {@code true} when {@code value} is a well-formed SIRET; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isSiret(String value) {
    if (value == null
        || value.length() != SIRET_LENGTH
        || !allAsciiDigits(value, 0, SIRET_LENGTH)) {
      return false;
    }
    if (value.startsWith(LA_POSTE_SIREN) && !value.equals(LA_POSTE_HEAD_OFFICE_SIRET)) {
      int sum = 0;
      for (int i = 0; i < SIRET_LENGTH; i++) {
        sum += value.charAt(i) - '0';
      }
      return sum % 5 == 0;
    }
    return luhn(value, SIRET_LENGTH) && luhn(value, SIREN_LENGTH);
  }

  /**
   * Checks that a string is a FINESS number (EJ or ET): 9 characters, a département prefix, 7
   * digits, and a right Luhn key.
   *
   * <p>Characters 1–2 are a FINESS département prefix: {@code 01}–{@code 19}, {@code 21}–{@code 95},
   * {@code 2A}, {@code 2B}, {@code 97} (overseas départements, {@code 9701…}–{@code 9705…}) or
   * {@code 98} (Mayotte, {@code 980…}); {@code 00}, {@code 20}, {@code 96} and {@code 99} are
   * refused. Characters 3–9 are ASCII digits; the ninth is the Luhn key over all nine.
   *
   * <p><b>Corsica.</b> For the Luhn computation {@code 2A} counts as {@code 21} and {@code 2B} as
   * {@code 22}. This substitution comes from one implementation (gip-inclusion/pilotage, {@code
   * pilotage/itoutils/validators.py}), not from a published specification; it was checked against
   * the seven Corsican numbers of a public FINESS extraction (ESAT list in the same repository,
   * {@code pilotage/surveys/data/export_finess.csv}: {@code 2A0002861}, {@code 2A0003026}, {@code
   * 2A0022885}, {@code 2A0023438}, {@code 2B0003537}, {@code 2B0003651}, {@code 2B0003693}), which
   * all pass with it and none with {@code 20} or with the letters dropped. Since only the second
   * character's doubled weight matters, that check pins the substitution down uniquely.
   *
   * <p>Examples: {@code 010003820} (ET) and {@code 010003812} (EJ) are valid.
   *
   * @param value the candidate, without spaces
   * @return {@code true} when {@code value} is a well-formed FINESS number; {@code false}
   *     otherwise, including for {@code null}
   */
  public static boolean isFiness(String value) {
    if (value == null
        || value.length() != FINESS_LENGTH
        || !allAsciiDigits(value, 2, FINESS_LENGTH)) {
      return false;
    }
    char first = value.charAt(0);
    char second = value.charAt(1);
    int secondDigit;
    if (first == '2' && (second == 'A' || second == 'B')) {
      secondDigit = second == 'A' ? 1 : 2;
    } else if (isAsciiDigit(first) && isAsciiDigit(second)) {
      int prefix = (first - '0') * 10 + (second - '0');
      if (prefix == 0 || prefix == 20 || prefix == 96 || prefix == 99) {
        return false;
      }
      secondDigit = second - '0';
    } else {
      return false;
    }
    // Luhn over 9 digits: from the right, positions 2, 4, 6, 8 are doubled, i.e. indexes 7, 5, 3, 1.
    int sum = (first - '0') + doubled(secondDigit);
    for (int i = 2; i < FINESS_LENGTH; i++) {
      int digit = value.charAt(i) - '0';
      sum += (i % 2 == 1) ? doubled(digit) : digit;
    }
    return sum % 10 == 0;
  }

  /**
   * Checks that a string is an INSEE (COG) code of a commune of one of the 101 départements.
   *
   * <p>The syntax is {@code ^(?:[0-9]{2}|2[AB])[0-9]{3}$}, narrowed so that the prefix is a real
   * département:
   *
   * <ul>
   *   <li>two-character prefixes are the metropolitan départements {@code 01}–{@code 19}, {@code
   *       2A}, {@code 2B}, {@code 21}–{@code 95}; {@code 20xxx} is refused (Corsican communes are
   *       coded {@code 2A}/{@code 2B} since 1976), as are {@code 00}, {@code 96} and {@code 99}
   *       ({@code 99xxx} are COG country codes, not communes);
   *   <li>a {@code 97} prefix is only accepted for the overseas départements {@code 971}–{@code 974}
   *       and {@code 976}; {@code 975xx} (Saint-Pierre-et-Miquelon), {@code 977xx}, {@code 978xx}
   *       (collectivités, outside the 101 départements) and {@code 98xxx} are refused;
   *   <li>the commune number is never zero ({@code 75000}, {@code 97400} are refused).
   * </ul>
   *
   * <p>This is a syntax check: it does not consult the COG, so a well-formed code of a commune that
   * does not (or no longer) exist is accepted. It is not a postal code check.
   *
   * @param value the candidate, e.g. {@code 41018}, {@code 2A004}, {@code 97411}
   * @return {@code true} when {@code value} is a well-formed commune code; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isInseeCommune(String value) {
    if (value == null || value.length() != COMMUNE_LENGTH) {
      return false;
    }
    if (value.charAt(0) == '9' && value.charAt(1) == '7') {
      return isOverseasDepartementDigit(value.charAt(2))
          && allAsciiDigits(value, 3, COMMUNE_LENGTH)
          && !(value.charAt(3) == '0' && value.charAt(4) == '0');
    }
    return isMetropolitanDepartement(value.charAt(0), value.charAt(1))
        && allAsciiDigits(value, 2, COMMUNE_LENGTH)
        && !(value.charAt(2) == '0' && value.charAt(3) == '0' && value.charAt(4) == '0');
  }

  /**
   * Checks that a string is the INSEE code of one of the 101 départements.
   *
   * <p>The codes are {@code 01}–{@code 19}, {@code 2A}, {@code 2B}, {@code 21}–{@code 95}, {@code
   * 971}–{@code 974} and {@code 976}. {@code 20}, {@code 975}, {@code 977}, {@code 978}, lower-case
   * {@code 2a} and padded forms such as {@code 001} are refused.
   *
   * @param value the candidate
   * @return {@code true} when {@code value} is a département code; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isDepartement(String value) {
    if (value == null) {
      return false;
    }
    if (value.length() == 2) {
      return isMetropolitanDepartement(value.charAt(0), value.charAt(1));
    }
    return value.length() == 3
        && value.charAt(0) == '9'
        && value.charAt(1) == '7'
        && isOverseasDepartementDigit(value.charAt(2));
  }

  /**
   * Checks that a string is the INSEE code of one of the 18 regions (since 2016).
   *
   * <p>The codes are {@code 01 02 03 04 06 11 24 27 28 32 44 52 53 75 76 84 93 94}, as listed by
   * {@link Region}; {@code 05} is unused.
   *
   * @param value the candidate
   * @return {@code true} when {@code value} is a region code; {@code false} otherwise, including for
   *     {@code null}
   */
  public static boolean isRegion(String value) {
    return value != null && Region.fromCode(value).isPresent();
  }

  /**
   * Checks that a string looks like a deliverable e-mail address; deliberately not full RFC 5322.
   *
   * <p>Accepted: exactly one {@code @}; a local part of 1–64 characters drawn from the RFC 5322
   * {@code atext} set ({@code A-Z a-z 0-9 ! # $ % & ' * + - / = ? ^ _ ` { | } ~}) and dots, with no
   * leading, trailing or doubled dot; a domain of at least two dot-separated labels, each of 1–63
   * characters made of letters (any Unicode letter, so internationalised domain names pass
   * un-encoded, combining marks allowed after the first character), ASCII digits and hyphens, not
   * starting or ending with a hyphen, the last label not all digits; no whitespace anywhere; at
   * most 254 characters in all.
   *
   * <p>Refused although RFC 5322 allows them: quoted local parts, comments, domain literals ({@code
   * [192.0.2.1]}), single-label domains ({@code user@localhost}) and non-ASCII local parts (RFC
   * 6531). The check says nothing about whether the mailbox exists.
   *
   * @param value the candidate
   * @return {@code true} when {@code value} passes the check above; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isEmail(String value) {
    if (value == null || value.isEmpty() || value.length() > EMAIL_MAX_LENGTH) {
      return false;
    }
    int at = value.indexOf('@');
    if (at <= 0 || at > EMAIL_LOCAL_MAX_LENGTH || at != value.lastIndexOf('@')) {
      return false;
    }
    return isLocalPart(value, at) && isDomain(value, at + 1, value.length());
  }

  /**
   * Checks that a string is an RNA number (Répertoire national des associations): {@code W}
   * followed by 9 ASCII digits.
   *
   * <p>Example: {@code W412004567}. A lower-case {@code w} is refused.
   *
   * @param value the candidate, without spaces
   * @return {@code true} when {@code value} is a well-formed RNA number; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isRna(String value) {
    return value != null
        && value.length() == RNA_LENGTH
        && value.charAt(0) == 'W'
        && allAsciiDigits(value, 1, RNA_LENGTH);
  }

  /**
   * Checks that a string is a QPV code (quartier prioritaire de la politique de la ville) of either
   * generation: {@code QP}, a 3-character département part and a 3-digit number (the quartiers of
   * 2015, décret 2014-1750), or {@code QN}, a 3-character département part, a 2-digit order number
   * and one of the letters {@code N} (new quartier), {@code M} (2015 quartier with a modified
   * outline) or {@code I} (2015 quartier unchanged) (the quartiers of 2024, décret 2023-1314, and of
   * 2025 overseas).
   *
   * <p>Examples: {@code QP062001} (Pas-de-Calais), {@code QP974012} (La Réunion), {@code QN06201I}.
   * The département part is three digits ({@code 062}, {@code 974}) or, for Corsica, {@code 02A} or
   * {@code 02B}: the published description of the 2024 numbering gives a three-character département
   * part; no Corsican code was checked against the published lists. Only the syntax is checked: the
   * département part is not matched against the département list, since QPVs also exist outside the
   * 101 départements.
   *
   * @param value the candidate, without spaces
   * @return {@code true} when {@code value} is a well-formed QPV code; {@code false} otherwise,
   *     including for {@code null}
   */
  public static boolean isQpvCode(String value) {
    if (value == null || value.length() != QPV_LENGTH || value.charAt(0) != 'Q'
        || !isQpvDepartement(value)) {
      return false;
    }
    if (value.charAt(1) == 'P') {
      return allAsciiDigits(value, 5, QPV_LENGTH);
    }
    return value.charAt(1) == 'N'
        && allAsciiDigits(value, 5, QPV_LENGTH - 1)
        && isQpvLetter(value.charAt(QPV_LENGTH - 1));
  }

  // Characters 3-5 of a QPV code: three digits, or 02A / 02B.
  private static boolean isQpvDepartement(String value) {
    return allAsciiDigits(value, 2, 5)
        || value.charAt(2) == '0' && value.charAt(3) == '2' && (value.charAt(4) == 'A' || value.charAt(4) == 'B');
  }

  // The last letter of a 2024 QPV code.
  static boolean isQpvLetter(char c) {
    return c == 'N' || c == 'M' || c == 'I';
  }

  // ---------------------------------------------------------------------------------------------

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean allAsciiDigits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int doubled(int digit) {
    int twice = digit * 2;
    return twice > 9 ? twice - 9 : twice;
  }

  // Luhn over the first length characters of digits, known to be ASCII digits.
  static boolean luhn(String digits, int length) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = length - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      sum += doubleIt ? doubled(digit) : digit;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }

  // 01–19, 2A, 2B, 21–95.
  static boolean isMetropolitanDepartement(char first, char second) {
    if (first == '2' && (second == 'A' || second == 'B')) {
      return true;
    }
    if (!isAsciiDigit(first) || !isAsciiDigit(second)) {
      return false;
    }
    int code = (first - '0') * 10 + (second - '0');
    return code >= 1 && code <= 95 && code != 20;
  }

  // Third digit of 971–974 and 976.
  static boolean isOverseasDepartementDigit(char third) {
    return third >= '1' && third <= '4' || third == '6';
  }

  private static boolean isAtext(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isAsciiDigit(c)) {
      return true;
    }
    switch (c) {
      case '!':
      case '#':
      case '$':
      case '%':
      case '&':
      case '\'':
      case '*':
      case '+':
      case '-':
      case '/':
      case '=':
      case '?':
      case '^':
      case '_':
      case '`':
      case '{':
      case '|':
      case '}':
      case '~':
        return true;
      default:
        return false;
    }
  }

  // Dot-atom local part in value[0, end).
  static boolean isLocalPart(String value, int end) {
    if (value.charAt(0) == '.' || value.charAt(end - 1) == '.') {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '.') {
        if (previous == '.') {
          return false;
        }
      } else if (!isAtext(c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  // Domain in value[from, to): two labels or more, letters, ASCII digits and hyphens.
  static boolean isDomain(String value, int from, int to) {
    int labels = 0;
    int labelStart = from;
    while (true) {
      int dot = value.indexOf('.', labelStart);
      int labelEnd = dot < 0 || dot >= to ? to : dot;
      boolean last = labelEnd == to;
      if (!isLabel(value, labelStart, labelEnd, last)) {
        return false;
      }
      labels++;
      if (last) {
        return labels >= 2;
      }
      labelStart = labelEnd + 1;
    }
  }

  private static boolean isLabel(String value, int from, int to, boolean topLevel) {
    int length = to - from;
    if (length == 0 || length > DOMAIN_LABEL_MAX_LENGTH) {
      return false;
    }
    if (value.charAt(from) == '-' || value.charAt(to - 1) == '-') {
      return false;
    }
    boolean allDigits = true;
    int i = from;
    while (i < to) {
      int cp = value.codePointAt(i);
      if (cp == '-') {
        allDigits = false;
      } else if (cp < 0x80) {
        boolean digit = cp >= '0' && cp <= '9';
        if (!digit && !(cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z')) {
          return false;
        }
        allDigits &= digit;
      } else if (Character.isLetter(cp) || i > from && isCombiningMark(cp)) {
        allDigits = false;
      } else {
        return false;
      }
      i += Character.charCount(cp);
    }
    return !(topLevel && allDigits);
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
