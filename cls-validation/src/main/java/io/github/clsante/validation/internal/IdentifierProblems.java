package io.github.clsante.validation.internal;

import io.github.clsante.validation.internal.IdentifierProblem.Kind;
import java.util.Locale;
import java.util.Optional;

/**
 * Says what exactly is wrong with an identifier or code that fails its {@link Identifiers} check, and
 * suggests the likely right value when there is one: not API.
 *
 * <p>Each method answers empty exactly when the matching {@code Identifiers.isX} answers {@code
 * true}; otherwise the first problem found, in the order its javadoc lists. Like {@link Identifiers},
 * every method is pure and total: it never throws, and treats {@code null} as empty. A check digit
 * named in a problem ({@code key}) is the one that makes the number valid when every other digit is
 * right; the message says so, since a typo may as well be elsewhere.
 */
public final class IdentifierProblems {

  private IdentifierProblems() {}

  // ---------------------------------------------------------------------------------------------
  // SIREN, SIRET, FINESS

  /**
   * Returns the compact form of a number written with digit-group separators, {@code 123 456 782}
   * for {@code 123456782}: without the runs of spaces (U+0020, no-break U+00A0, narrow no-break
   * U+202F, thin U+2009, figure U+2007), dots and dashes (U+002D, U+2010–U+2013) that stand between
   * two digits (or the letters {@code A} and {@code B} of a Corsican FINESS, {@code 2A 000 286 1}),
   * and without leading and trailing white space. Other characters are left in place for the check
   * to report.
   *
   * @param value a SIREN, SIRET or FINESS number as written
   * @return the compact form, or empty when there is nothing to remove (or nothing would be left)
   */
  public static Optional<String> compact(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    boolean changed = start > 0 || end < value.length();
    StringBuilder compact = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      if (!isGroupSeparator(value.charAt(i))) {
        compact.append(value.charAt(i));
        i++;
        continue;
      }
      int run = i;
      while (run < end && isGroupSeparator(value.charAt(run))) {
        run++;
      }
      if (i > start && run < end && isGroupCharacter(value.charAt(i - 1)) && isGroupCharacter(value.charAt(run))) {
        changed = true;
      } else {
        compact.append(value, i, run);
      }
      i = run;
    }
    return changed && compact.length() > 0 ? Optional.of(compact.toString()) : Optional.empty();
  }

  /**
   * Says what is wrong with a SIREN, in this order: {@code empty}; {@code characters} (other than
   * ASCII digits); {@code length} (not 9); {@code check_key}, with the right {@code key} and the
   * {@code suggestion} it gives.
   *
   * @param value the candidate, compact
   * @return the problem, or empty when {@link Identifiers#isSiren(String)} holds
   */
  public static Optional<IdentifierProblem> siren(String value) {
    if (Identifiers.isSiren(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String characters = offending(value, IdentifierProblems::onlyDigits);
    if (!characters.isEmpty()) {
      return problem(Kind.CHARACTERS, "characters", characters);
    }
    if (value.length() != Identifiers.SIREN_LENGTH) {
      return length(value.length(), Identifiers.SIREN_LENGTH);
    }
    return checkKey(value, luhnKey(value, Identifiers.SIREN_LENGTH));
  }

  /**
   * Says what is wrong with a SIRET, in this order: {@code empty}; {@code characters}; {@code length}
   * (not 14); for La Poste (SIREN {@code 356000000}) but its head office, {@code la_poste_key}: the
   * digit sum is not a multiple of 5, with the two last digits that make it one ({@code key}, {@code
   * otherKey}) and the {@code suggestion} of the first; {@code siren_key}: the first 9 digits ({@code
   * siren}) are not a SIREN, with their right {@code key}; {@code check_key}, with the right {@code
   * key} and the {@code suggestion} it gives.
   *
   * @param value the candidate, compact
   * @return the problem, or empty when {@link Identifiers#isSiret(String)} holds
   */
  public static Optional<IdentifierProblem> siret(String value) {
    if (Identifiers.isSiret(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String characters = offending(value, IdentifierProblems::onlyDigits);
    if (!characters.isEmpty()) {
      return problem(Kind.CHARACTERS, "characters", characters);
    }
    if (value.length() != Identifiers.SIRET_LENGTH) {
      return length(value.length(), Identifiers.SIRET_LENGTH);
    }
    String first13 = value.substring(0, Identifiers.SIRET_LENGTH - 1);
    if (value.startsWith(Identifiers.LA_POSTE_SIREN) && !value.equals(Identifiers.LA_POSTE_HEAD_OFFICE_SIRET)) {
      int sum = 0;
      for (int i = 0; i < first13.length(); i++) {
        sum += first13.charAt(i) - '0';
      }
      int key = (5 - sum % 5) % 5;
      return problem(Kind.LA_POSTE_KEY, "key", Integer.toString(key), "otherKey", Integer.toString(key + 5),
          "suggestion", first13 + key);
    }
    if (!Identifiers.luhn(value, Identifiers.SIREN_LENGTH)) {
      return problem(Kind.SIREN_KEY, "siren", value.substring(0, Identifiers.SIREN_LENGTH),
          "key", Integer.toString(luhnKey(value, Identifiers.SIREN_LENGTH)));
    }
    return checkKey(value, luhnKey(value, Identifiers.SIRET_LENGTH));
  }

  /**
   * Says what is wrong with a FINESS number, in this order: {@code empty}; {@code characters} (other
   * than ASCII digits, {@code 2A} and {@code 2B} in first place excepted); {@code leading_zero} (8
   * characters that are a FINESS number once a {@code 0} is put in front, as a spreadsheet drops it),
   * with the {@code suggestion}; {@code length} (not 9); {@code corsica} (starts with {@code 20}),
   * with the {@code suggestion} in {@code 2A} and the {@code alternative} in {@code 2B}, each with its
   * own key; {@code prefix} ({@code 00}, {@code 96}, {@code 99}); {@code check_key}, with the right
   * {@code key} and the {@code suggestion} it gives.
   *
   * @param value the candidate, compact
   * @return the problem, or empty when {@link Identifiers#isFiness(String)} holds
   */
  public static Optional<IdentifierProblem> finess(String value) {
    if (Identifiers.isFiness(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String characters = offending(value, IdentifierProblems::corsicanPrefixOrDigit);
    if (!characters.isEmpty()) {
      return problem(Kind.CHARACTERS, "characters", characters);
    }
    if (value.length() != Identifiers.FINESS_LENGTH) {
      if (value.length() == Identifiers.FINESS_LENGTH - 1 && Identifiers.isFiness("0" + value)) {
        return problem(Kind.LEADING_ZERO, "suggestion", "0" + value);
      }
      return length(value.length(), Identifiers.FINESS_LENGTH);
    }
    String body = value.substring(2, Identifiers.FINESS_LENGTH - 1);
    if (value.startsWith("20")) {
      String south = "2A" + body;
      String north = "2B" + body;
      return problem(Kind.CORSICA, "suggestion", south + finessKey(south), "alternative", north + finessKey(north));
    }
    if (value.charAt(1) != 'A' && value.charAt(1) != 'B') {
      int prefix = (value.charAt(0) - '0') * 10 + (value.charAt(1) - '0');
      if (prefix == 0 || prefix == 96 || prefix == 99) {
        return problem(Kind.PREFIX, "prefix", value.substring(0, 2));
      }
    }
    return checkKey(value, finessKey(value));
  }

  // ---------------------------------------------------------------------------------------------
  // Territory codes

  /**
   * Says what is wrong with an INSEE commune code, in this order: {@code empty}; {@code form} (right
   * once trimmed and upper-cased, {@code 2a004}), with the {@code suggestion}; {@code characters};
   * {@code leading_zero} (4 digits that are a commune code once a {@code 0} is put in front), with the
   * {@code suggestion}; {@code length} (not 5); {@code corsica} ({@code 20xxx}), with the {@code
   * suggestion} in {@code 2A} and the {@code alternative} in {@code 2B}; {@code departement} (the
   * first two or three characters, {@code departement}, are not a département); {@code postal_code}
   * (a commune number of zero, {@code 41000}).
   *
   * @param value the candidate
   * @return the problem, or empty when {@link Identifiers#isInseeCommune(String)} holds
   */
  public static Optional<IdentifierProblem> inseeCommune(String value) {
    if (Identifiers.isInseeCommune(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String upper = value.strip().toUpperCase(Locale.ROOT);
    if (Identifiers.isInseeCommune(upper)) {
      return problem(Kind.FORM, "suggestion", upper);
    }
    String characters = offending(value, IdentifierProblems::corsicanPrefixOrDigit);
    if (!characters.isEmpty()) {
      return problem(Kind.CHARACTERS, "characters", characters);
    }
    if (value.length() != Identifiers.COMMUNE_LENGTH) {
      if (value.length() == Identifiers.COMMUNE_LENGTH - 1 && Identifiers.isInseeCommune("0" + value)) {
        return problem(Kind.LEADING_ZERO, "suggestion", "0" + value);
      }
      return length(value.length(), Identifiers.COMMUNE_LENGTH);
    }
    if (value.startsWith("20")) {
      return problem(Kind.CORSICA, "suggestion", "2A" + value.substring(2), "alternative", "2B" + value.substring(2));
    }
    if (value.startsWith("97")) {
      if (!Identifiers.isOverseasDepartementDigit(value.charAt(2))) {
        return problem(Kind.DEPARTEMENT, "departement", value.substring(0, 3));
      }
    } else if (!Identifiers.isMetropolitanDepartement(value.charAt(0), value.charAt(1))) {
      return problem(Kind.DEPARTEMENT, "departement", value.substring(0, 2));
    }
    return problem(Kind.POSTAL_CODE);
  }

  /**
   * Says what is wrong with a département code, in this order: {@code empty}; {@code form} (right
   * once trimmed, upper-cased or without a padding zero: {@code 2a}, {@code 041}), with the {@code
   * suggestion}; {@code leading_zero} ({@code 1} for {@code 01}), with the {@code suggestion}; {@code
   * corsica} ({@code 20}), with the {@code suggestion} {@code 2A} and the {@code alternative} {@code
   * 2B}; {@code unknown}.
   *
   * @param value the candidate
   * @return the problem, or empty when {@link Identifiers#isDepartement(String)} holds
   */
  public static Optional<IdentifierProblem> departement(String value) {
    if (Identifiers.isDepartement(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String upper = value.strip().toUpperCase(Locale.ROOT);
    if (Identifiers.isDepartement(upper)) {
      return problem(Kind.FORM, "suggestion", upper);
    }
    if (upper.length() == 3 && upper.charAt(0) == '0' && Identifiers.isDepartement(upper.substring(1))) {
      return problem(Kind.FORM, "suggestion", upper.substring(1));
    }
    if (upper.length() == 1 && Identifiers.isDepartement("0" + upper)) {
      return problem(Kind.LEADING_ZERO, "suggestion", "0" + upper);
    }
    if (upper.equals("20")) {
      return problem(Kind.CORSICA, "suggestion", "2A", "alternative", "2B");
    }
    return problem(Kind.UNKNOWN);
  }

  /**
   * Says what is wrong with a QPV code, in this order: {@code empty}; {@code form} (right once
   * upper-cased and rid of spaces, dots and dashes), with the {@code suggestion}; {@code prefix} (not
   * {@code QP} nor {@code QN}); {@code length} (not 8); {@code pattern} (neither generation's shape
   * after the prefix).
   *
   * @param value the candidate
   * @return the problem, or empty when {@link Identifiers#isQpvCode(String)} holds
   */
  public static Optional<IdentifierProblem> qpvCode(String value) {
    if (Identifiers.isQpvCode(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String rewritten = withoutSeparators(value).toUpperCase(Locale.ROOT);
    if (Identifiers.isQpvCode(rewritten)) {
      return problem(Kind.FORM, "suggestion", rewritten);
    }
    if (!value.startsWith("QP") && !value.startsWith("QN")) {
      return problem(Kind.PREFIX);
    }
    if (value.length() != Identifiers.QPV_LENGTH) {
      return length(value.length(), Identifiers.QPV_LENGTH);
    }
    return problem(Kind.PATTERN);
  }

  // ---------------------------------------------------------------------------------------------
  // RNA and e-mail

  /**
   * Says what is wrong with an RNA number, in this order: {@code empty}; {@code form} (right once
   * upper-cased and rid of spaces, dots and dashes, or with the missing {@code W} put back), with the
   * {@code suggestion}; {@code prefix} (not {@code W}); {@code characters} (other than digits after
   * the {@code W}); {@code length} (not 9 digits after the {@code W}: {@code length} counts them).
   *
   * @param value the candidate
   * @return the problem, or empty when {@link Identifiers#isRna(String)} holds
   */
  public static Optional<IdentifierProblem> rna(String value) {
    if (Identifiers.isRna(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String rewritten = withoutSeparators(value).toUpperCase(Locale.ROOT);
    if (Identifiers.isRna(rewritten)) {
      return problem(Kind.FORM, "suggestion", rewritten);
    }
    if (Identifiers.isRna("W" + rewritten)) {
      return problem(Kind.FORM, "suggestion", "W" + rewritten);
    }
    if (value.charAt(0) != 'W') {
      return problem(Kind.PREFIX);
    }
    String characters = offending(value.substring(1), IdentifierProblems::onlyDigits);
    if (!characters.isEmpty()) {
      return problem(Kind.CHARACTERS, "characters", characters);
    }
    return length(value.length() - 1, Identifiers.RNA_LENGTH - 1);
  }

  /**
   * Says what is wrong with an e-mail address, in this order: {@code empty}; {@code form} (right once
   * trimmed, or without a {@code mailto:} in front or enclosing angle brackets), with the {@code
   * suggestion}; {@code length} (over 254 characters); {@code at_sign} (not exactly one {@code @}: the
   * {@code count}); {@code local_part} (the part before the {@code @}); {@code domain} (the part
   * after it, {@code domain}).
   *
   * @param value the candidate
   * @return the problem, or empty when {@link Identifiers#isEmail(String)} holds
   */
  public static Optional<IdentifierProblem> email(String value) {
    if (Identifiers.isEmail(value)) {
      return Optional.empty();
    }
    if (isBlank(value)) {
      return problem(Kind.EMPTY);
    }
    String rewritten = value.strip();
    if (rewritten.regionMatches(true, 0, "mailto:", 0, 7)) {
      rewritten = rewritten.substring(7).strip();
    }
    if (rewritten.length() > 2 && rewritten.startsWith("<") && rewritten.endsWith(">")) {
      rewritten = rewritten.substring(1, rewritten.length() - 1).strip();
    }
    if (Identifiers.isEmail(rewritten)) {
      return problem(Kind.FORM, "suggestion", rewritten);
    }
    if (value.length() > Identifiers.EMAIL_MAX_LENGTH) {
      return problem(Kind.LENGTH, "length", Integer.toString(value.length()),
          "expected", Integer.toString(Identifiers.EMAIL_MAX_LENGTH));
    }
    int count = 0;
    for (int i = 0; i < value.length(); i++) {
      count += value.charAt(i) == '@' ? 1 : 0;
    }
    if (count != 1) {
      return problem(Kind.AT_SIGN, "count", Integer.toString(count));
    }
    int at = value.indexOf('@');
    if (at == 0 || at > Identifiers.EMAIL_LOCAL_MAX_LENGTH || !Identifiers.isLocalPart(value, at)) {
      return problem(Kind.LOCAL_PART);
    }
    return problem(Kind.DOMAIN, "domain", value.substring(at + 1));
  }

  // ---------------------------------------------------------------------------------------------

  private static Optional<IdentifierProblem> problem(Kind kind, String... details) {
    return Optional.of(IdentifierProblem.of(kind, details));
  }

  private static Optional<IdentifierProblem> length(int length, int expected) {
    return problem(Kind.LENGTH, "length", Integer.toString(length), "expected", Integer.toString(expected));
  }

  // The value is all digits of the right length: its key is wrong, and key is the right one.
  private static Optional<IdentifierProblem> checkKey(String value, int key) {
    return problem(Kind.CHECK_KEY, "key", Integer.toString(key),
        "suggestion", value.substring(0, value.length() - 1) + key);
  }

  private static boolean isBlank(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isSpace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isGroupSeparator(char c) {
    switch (c) {
      case ' ':
      case '\u00A0':
      case '\u2007':
      case '\u2009':
      case '\u202F':
      case '.':
      case '-':
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
        return true;
      default:
        return false;
    }
  }

  private static boolean isGroupCharacter(char c) {
    return Identifiers.isAsciiDigit(c) || c == 'A' || c == 'B';
  }

  // The value without any group separator nor white space, wherever they are.
  private static String withoutSeparators(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isGroupSeparator(c) && !isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Tells whether the character at an index may stand there; the index is that of a UTF-16 unit. */
  @FunctionalInterface
  private interface Allowed {
    boolean test(String value, int index);
  }

  private static boolean onlyDigits(String value, int index) {
    return Identifiers.isAsciiDigit(value.charAt(index));
  }

  // Digits, and A or B in second place after a 2 (Corsica).
  private static boolean corsicanPrefixOrDigit(String value, int index) {
    char c = value.charAt(index);
    return Identifiers.isAsciiDigit(c) || index == 1 && value.charAt(0) == '2' && (c == 'A' || c == 'B');
  }

  // The characters that may not stand where they are, each once, in order of appearance; a
  // surrogate pair counts as one character.
  private static String offending(String value, Allowed allowed) {
    StringBuilder found = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      if (!allowed.test(value, i)) {
        String character = value.substring(i, i + width);
        if (found.indexOf(character) < 0) {
          found.append(character);
        }
      }
      i += width;
    }
    return found.toString();
  }

  // The Luhn check digit of the first length - 1 digits: the last digit that makes them pass.
  static int luhnKey(String digits, int length) {
    int sum = 0;
    boolean doubleIt = true;
    for (int i = length - 2; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      sum += doubleIt ? Identifiers.doubled(digit) : digit;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }

  // The FINESS key of the first 8 characters (2A counts as 21, 2B as 22).
  static int finessKey(String value) {
    char second = value.charAt(1);
    int secondDigit = second == 'A' ? 1 : second == 'B' ? 2 : second - '0';
    int sum = (value.charAt(0) - '0') + Identifiers.doubled(secondDigit);
    for (int i = 2; i < Identifiers.FINESS_LENGTH - 1; i++) {
      int digit = value.charAt(i) - '0';
      sum += i % 2 == 1 ? Identifiers.doubled(digit) : digit;
    }
    return (10 - sum % 10) % 10;
  }
}
