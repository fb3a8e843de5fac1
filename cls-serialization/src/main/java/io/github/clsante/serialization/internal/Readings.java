package io.github.clsante.serialization.internal;

import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Spelling;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value written by hand in the wrong form means, when it means one thing only: « 12 000 € » is
 * the amount {@code 12000} in euros (1 200 000 cents in a 1.0 member), « 25/01/2022 » is {@code
 * 2022-01-25}, « oui » is {@code true}. The reader reports the
 * wrong form all the same, suggests the right one, and reads the value as meant, so that the rules see
 * it; where the form is ambiguous (« 12.000 »), there is no reading.
 */
final class Readings {

  private Readings() {}

  /** Spaces people put between groups of digits: space, no-break space, narrow no-break space. */
  private static final String GROUP = "[ \\u00A0\\u202F]";

  private static final Pattern WHOLE = Pattern.compile("([+-]?)([0-9]{1,3}(?:" + GROUP + "[0-9]{3})+|[0-9]+)");

  private static final Pattern EUROS = Pattern.compile(
      "([+-]?)([0-9]{1,3}(?:" + GROUP + "[0-9]{3})+|[0-9]+)(?:[,.]([0-9]{1,2}))?" + GROUP + "*(?:€|eur|euros?)?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern DECIMAL = Pattern.compile("([+-]?)([0-9]+)(?:,([0-9]+))?");

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})");

  private static final Pattern MONTH_YEAR = Pattern.compile("([0-9]{1,2})[/.-]([0-9]{4})");

  private static final Pattern WORDS = Pattern.compile("(?:(1er|[0-9]{1,2})\\s+)?(\\p{L}+)\\s+([0-9]{4})");

  private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
      "juillet", "aout", "septembre", "octobre", "novembre", "decembre");

  /**
   * The most significant digits a whole number read from text may have: every such number fits in a
   * {@code long}, and the members' own bounds (at most 2^53 − 1, sixteen digits) then decide.
   */
  private static final int MAX_WHOLE_DIGITS = 18;

  /** A whole number written as text, digits grouped by spaces or not: « 12 000 », « 2 ». */
  static Optional<Long> wholeNumber(String text) {
    Matcher m = WHOLE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(2).replaceAll(GROUP, "");
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    if (digits.length() - first > MAX_WHOLE_DIGITS) {
      return Optional.empty();
    }
    long value = Long.parseLong(digits, first, digits.length(), 10);
    return Optional.of(m.group(1).equals("-") ? -value : value);
  }

  /**
   * An amount of euros written as text, in cents: « 12 000 € », « 1 500,50 € », « 1500.5 », « 300 euros ».
   * A separator followed by exactly three digits (« 12.000 ») could be a thousands separator or a
   * decimal point: no reading.
   */
  static Optional<Long> euroCents(String text) {
    Matcher m = EUROS.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(2).replaceAll(GROUP, "");
    if (digits.length() > 13) {
      return Optional.empty();
    }
    String fraction = m.group(3) == null ? "" : m.group(3);
    long cents = Long.parseLong(digits) * 100 + (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "0").substring(0, 2)));
    return Optional.of(m.group(1).equals("-") ? -cents : cents);
  }

  /**
   * A decimal number written with a decimal comma or as text: « 0,5 », « 1.5 »; infinite for more digits
   * than a double holds.
   */
  static Optional<Double> decimal(String text) {
    String stripped = text.strip();
    Matcher m = DECIMAL.matcher(stripped);
    // The nearest double, as BigDecimal's would be, but in time linear in the digits: BigDecimal's
    // constructor is quadratic (a string of a million digits took a minute).
    if (m.matches()) {
      String number = m.group(1) + m.group(2) + (m.group(3) == null ? "" : "." + m.group(3));
      return Optional.of(Double.parseDouble(number));
    }
    if (stripped.matches("[+-]?[0-9]+\\.[0-9]+")) {
      return Optional.of(Double.parseDouble(stripped));
    }
    return Optional.empty();
  }

  /**
   * A date written the French way: « 25/01/2022 », « 25-01-2022 », « 01/2022 », « janvier 2022 »,
   * « 1er janvier 2022 », « 25 janvier 2022 ».
   */
  static Optional<PartialDate> date(String text) {
    String stripped = text.strip();
    Matcher m = DAY_MONTH_YEAR.matcher(stripped);
    if (m.matches()) {
      return PartialDate.tryParse(String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(3),
          Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    }
    m = MONTH_YEAR.matcher(stripped);
    if (m.matches()) {
      return PartialDate.tryParse(String.format(java.util.Locale.ROOT, "%s-%02d", m.group(2), Integer.parseInt(m.group(1))));
    }
    m = WORDS.matcher(stripped);
    if (m.matches()) {
      int month = MONTHS.indexOf(Spelling.fold(m.group(2))) + 1;
      if (month == 0) {
        return Optional.empty();
      }
      if (m.group(1) == null) {
        return PartialDate.tryParse(String.format(java.util.Locale.ROOT, "%s-%02d", m.group(3), month));
      }
      int day = m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
      return PartialDate.tryParse(String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(3), month, day));
    }
    return Optional.empty();
  }

  /** Yes or no written as a word: « oui », « vrai », "true", « non », « faux », "false". */
  static Optional<Boolean> bool(String text) {
    switch (Spelling.fold(text)) {
      case "oui":
      case "vrai":
      case "true":
      case "yes":
        return Optional.of(Boolean.TRUE);
      case "non":
      case "faux":
      case "false":
      case "no":
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }
}
