package io.github.clsante.model.report;

import io.github.clsante.model.PartialDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How parameters are put into words in French and English: numbers, amounts of money, dates and lists,
 * each in the language's own form (« 1 234,50 € », « 25 janvier 2022 », « A, B et C »).
 */
final class Wording {

  /** The narrow no-break space French puts between groups of digits and before ; : ! ?. */
  static final char NARROW_NBSP = '\u202F';

  /** The no-break space French puts inside « » and before €. */
  static final char NBSP = '\u00A0';

  private static final List<String> FRENCH_MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre");

  private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");

  private Wording() {}

  static boolean french(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }

  /**
   * A decimal number: {@code 1234.5} is « 1 234,5 » in French, "1,234.5" in English. Text that is not a
   * plain decimal number is returned as it is.
   */
  static String number(String value, Locale locale) {
    Optional<BigDecimal> number = decimal(value);
    if (number.isEmpty()) {
      return value;
    }
    return group(number.get().toPlainString(), locale);
  }

  /**
   * An amount of euros, given as a plain decimal number of euros ({@code 1950.5}): « 1 950,50 € » in
   * French, "€1,950.50" in English; whole amounts keep no decimals (« 12 000 € »).
   */
  static String money(String value, Locale locale) {
    Optional<BigDecimal> number = decimal(value);
    if (number.isEmpty()) {
      return value;
    }
    BigDecimal euros = number.get();
    String plain = euros.stripTrailingZeros().scale() <= 0
        ? euros.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : euros.setScale(Math.max(2, euros.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString();
    String grouped = group(plain, locale);
    if (french(locale)) {
      return grouped + NBSP + "€";
    }
    return grouped.startsWith("-") ? "-€" + grouped.substring(1) : "€" + grouped;
  }

  /** A date as {@link PartialDate} writes it: « 25 janvier 2022 », « janvier 2022 », « 2022 ». */
  static String date(String value, Locale locale) {
    Optional<PartialDate> parsed = PartialDate.tryParse(value);
    if (parsed.isEmpty()) {
      return value;
    }
    PartialDate date = parsed.get();
    List<String> months = french(locale) ? FRENCH_MONTHS : ENGLISH_MONTHS;
    StringBuilder text = new StringBuilder();
    if (date.toLocalDate().isPresent()) {
      int day = date.toLocalDate().get().getDayOfMonth();
      text.append(french(locale) && day == 1 ? "1er" : Integer.toString(day)).append(' ');
    }
    if (date.month().isPresent()) {
      text.append(months.get(date.month().get() - 1)).append(' ');
    }
    return text.append(date.year()).toString();
  }

  /** A list of items: « A, B et C », "A, B and C". */
  static String list(List<String> items, Locale locale) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    String last = items.get(items.size() - 1);
    return String.join(", ", items.subList(0, items.size() - 1)) + (french(locale) ? " et " : " and ") + last;
  }

  /** Splits a list parameter, written {@code a, b, c}, translates each item and words the list. */
  static String list(String value, Locale locale, Function<String, String> item) {
    if (value.isEmpty()) {
      return value;
    }
    return list(List.of(value.split(", ", -1)).stream().map(item).toList(), locale);
  }

  private static Optional<BigDecimal> decimal(String value) {
    if (!value.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(value));
  }

  /** Groups the digits of a plain decimal number by three, in the language's way. */
  private static String group(String plain, Locale locale) {
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    String fraction = point < 0 ? "" : digits.substring(point + 1);
    char separator = french(locale) ? NARROW_NBSP : ',';
    StringBuilder text = new StringBuilder(negative ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        text.append(separator);
      }
      text.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      text.append(french(locale) ? ',' : '.').append(fraction);
    }
    return text.toString();
  }
}
