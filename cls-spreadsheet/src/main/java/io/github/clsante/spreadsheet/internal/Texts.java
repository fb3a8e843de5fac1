package io.github.clsante.spreadsheet.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers of the import (textes): folding for comparisons, splitting lists, numbers and labels. */
public final class Texts {

  /**
   * Returns a text as a JSON string literal, the form of a value in a model's {@code extensions}: the
   * cell's text, exactly, quoted and escaped.
   *
   * @param text the text
   * @return the JSON string
   */
  public static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    io.github.clsante.serialization.JsonWriter writer = io.github.clsante.serialization.JsonWriter.canonical(out);
    writer.value(text);
    writer.close();
    return out.toString();
  }


  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
  /** « Axe 2. Titre », « 1.1. Titre », « Action 1 - Titre », « Fiche 3 : Titre ». */
  private static final Pattern NUMBERED = Pattern.compile(
      "(?:(\\p{L}[\\p{L}'’\\- ]{0,40}?)\\s+)?(\\d{1,9}(?:\\.\\d{1,9}){0,8})(?:\\.?[ \\t\\u00A0]*[-–—:][ \\t\\u00A0]*"
          + "|\\.[ \\t\\u00A0]+|\\.(?=[^\\d\\s]))(\\S.*)", Pattern.DOTALL);
  /** « 1.1 Titre »: a number of several levels needs no dot after it. */
  private static final Pattern LEVELS = Pattern.compile(
      "(?:(\\p{L}[\\p{L}'’\\- ]{0,40}?)\\s+)?(\\d{1,9}(?:\\.\\d{1,9}){1,8})[ \\t\\u00A0]+(\\S.*)", Pattern.DOTALL);
  private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern AMOUNT_WORDS = Pattern.compile("(?i)(€|eur(?:os?)?|ht|h\\.t\\.|ttc)");

  private Texts() {}

  /**
   * Folds a text for comparison: without accents, in lower case, ’ as ', the middle dot of inclusive
   * writing removed, spaces collapsed and trimmed.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'').replace("·", "").replace("•", "");
    return SPACES.matcher(plain).replaceAll(" ").trim();
  }

  /**
   * Folds a word of a list (a status, a priority) further: letters and digits only.
   *
   * @param text the text
   * @return the key
   */
  public static String key(String text) {
    String folded = fold(text);
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * Tells whether a text is empty or holds only spaces.
   *
   * @param text the text, or null
   * @return {@code true} for null, empty or blank
   */
  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * Splits a list of names on the commas that are outside parentheses, quotes and « »; each name is
   * trimmed at its ends, empty names are left out.
   *
   * @param text the list as written
   * @return the names, in order
   */
  public static List<String> splitNames(String text) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int guillemets = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '"' || c == '“' || c == '”') {
        quoted = c == '“' || (c == '"' && !quoted);
        if (c == '”') {
          quoted = false;
        }
      } else if (c == '«') {
        guillemets++;
      } else if (c == '»' && guillemets > 0) {
        guillemets--;
      } else if (c == ',' && depth == 0 && !quoted && guillemets == 0) {
        addName(names, text.substring(start, i));
        start = i + 1;
      }
    }
    addName(names, text.substring(start));
    return names;
  }

  private static void addName(List<String> names, String piece) {
    String name = piece.strip();
    if (!name.isEmpty()) {
      names.add(name);
    }
  }

  /**
   * Splits a text into its non-blank lines, each kept as written.
   *
   * @param text the text
   * @return the lines
   */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\r?\\n|\\r", -1)) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * A numbered title as read: its label (« Axe », « Fiche Action »), its number (« 1.1 ») and its title.
   *
   * @param label the label, or null
   * @param number the number, or null
   * @param title the title: the whole text when it is not numbered
   */
  public record Numbered(String label, String number, String title) {}

  /**
   * Reads the number and label a title starts with: {@code 1. Titre}, {@code 1.1.1. Titre}, {@code 1.1
   * Titre}, {@code Axe 2. Titre}, {@code Axe 2 : Titre}, {@code Action 1 - Titre}. A text that is only a
   * label and number (« Axe 1 ») is a title, not numbered.
   *
   * @param text the text as written
   * @return the parts
   */
  public static Numbered numbered(String text) {
    Matcher matcher = NUMBERED.matcher(text);
    if (!matcher.matches()) {
      matcher = LEVELS.matcher(text);
      if (!matcher.matches()) {
        return new Numbered(null, null, text);
      }
    }
    return new Numbered(matcher.group(1), matcher.group(2), matcher.group(3));
  }

  /**
   * Reads an amount written as text: {@code 12000}, {@code 12 000 €}, {@code 1 500,50}, {@code 12,000.50},
   * {@code 2400 € HT}.
   *
   * @param text the text
   * @return the amount in euros, or empty when the text writes no number
   */
  public static Optional<BigDecimal> amount(String text) {
    String bare = SPACES.matcher(AMOUNT_WORDS.matcher(text).replaceAll("")).replaceAll("");
    if (bare.isEmpty()) {
      return Optional.empty();
    }
    int comma = bare.lastIndexOf(',');
    int dot = bare.lastIndexOf('.');
    String normal;
    if (comma >= 0 && dot >= 0) {
      normal = comma > dot ? bare.replace(".", "").replace(',', '.') : bare.replace(",", "");
    } else if (comma >= 0) {
      normal = bare.indexOf(',') == comma ? bare.replace(',', '.') : bare.replace(",", "");
    } else {
      normal = bare.indexOf('.') == dot ? bare : bare.replace(".", "");
    }
    if (!normal.matches("[+-]?\\d{1,15}(\\.\\d{1,9})?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(normal));
  }

  /**
   * A date read from text: the date, or whether the text has a date's form with no such day.
   *
   * @param date the date, or null
   * @param notInCalendar whether the text has a date's form with no such day (31/02/2025)
   */
  public record TextDate(LocalDate date, boolean notInCalendar) {}

  /**
   * Reads a date written as text: {@code JJ/MM/AAAA} (the template's form, also with {@code -} or {@code
   * .}) or {@code AAAA-MM-JJ}.
   *
   * @param text the text
   * @return the date, or empty when the text is no date
   */
  public static Optional<TextDate> date(String text) {
    String trimmed = text.strip();
    Matcher french = FRENCH_DATE.matcher(trimmed);
    Matcher iso = ISO_DATE.matcher(trimmed);
    int year;
    int month;
    int day;
    if (french.matches()) {
      day = Integer.parseInt(french.group(1));
      month = Integer.parseInt(french.group(2));
      year = Integer.parseInt(french.group(3));
    } else if (iso.matches()) {
      year = Integer.parseInt(iso.group(1));
      month = Integer.parseInt(iso.group(2));
      day = Integer.parseInt(iso.group(3));
    } else {
      return Optional.empty();
    }
    try {
      if (year < 1) {
        return Optional.of(new TextDate(null, true));
      }
      return Optional.of(new TextDate(LocalDate.of(year, month, day), false));
    } catch (DateTimeException e) {
      return Optional.of(new TextDate(null, true));
    }
  }

  /**
   * Makes a stable identifier part from a name: without accents, lower case, letters and digits joined
   * by dashes, at most 48 characters.
   *
   * @param name the name
   * @return the slug, never empty
   */
  public static String slug(String name) {
    String folded = fold(name);
    StringBuilder slug = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < folded.length() && slug.length() < 48; i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return slug.length() == 0 ? "x" : slug.toString();
  }
}
