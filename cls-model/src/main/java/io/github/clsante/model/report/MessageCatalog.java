package io.github.clsante.model.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The French and English messages of a set of finding codes, read from a pair of UTF-8 properties
 * files with the same keys and placeholders ({@code {member}}): French for a French locale, English
 * otherwise. Each module that emits codes ships its pair, and gives it to {@link FindingMessages}
 * through a {@link FindingMessagesProvider}; parameters are inserted as they are, never interpreted as
 * templates.
 *
 * <p>A placeholder may name a format, which puts the value into the language's words:
 * <ul>
 *   <li>{@code {n,number}}: a decimal number, {@code 1234.5} → « 1 234,5 » / "1,234.5";
 *   <li>{@code {amount,money}}: euros, {@code 1950.5} → « 1 950,50 € » / "€1,950.50";
 *   <li>{@code {date,date}}: a date {@code 2022-01-25} → « 25 janvier 2022 » / "25 January 2022";
 *   <li>{@code {type,term}}: the words the catalogue gives the value under {@code term.<value>}
 *       ({@code term.integer=un nombre entier}), or the value itself;
 *   <li>{@code {missing,terms}} and {@code {ids,list}}: a list written {@code a, b, c}, each item as a
 *       term or as it is, worded « a, b et c » / "a, b and c".
 * </ul>
 * A finding whose parameters hold {@code problem} (which part of a value is wrong, what kind of syntax
 * error) is rendered with the template {@code CODE.problem} when the catalogue has one, and with the
 * code's own template otherwise. A segment in double brackets, {@code [[ Vouliez-vous dire « {suggestion} » ?]]}, is kept only when
 * every placeholder in it has a value.
 *
 * <pre>{@code
 * // in the module that owns the files (resource look-ups are checked against the caller's module):
 * MessageCatalog messages = new MessageCatalog(name -> MyRules.class.getResourceAsStream(name), "messages");
 * messages.render(finding, Locale.FRENCH);  // Optional["Le champ obligatoire « id » est absent."]
 * }</pre>
 */
public final class MessageCatalog {

  /**
   * The parameter that names what exactly is wrong and selects the template variant {@code
   * CODE.problem}.
   */
  public static final String PROBLEM = "problem";

  private final Properties english;
  private final Properties french;

  /**
   * Loads {@code <base>_en.properties} and {@code <base>_fr.properties} (UTF-8).
   *
   * @param resources opens a resource by name, or returns {@code null}; it must run in the module
   *     holding the files, as a lambda calling {@code Class.getResourceAsStream} written there
   * @param base the files' base name, as {@code resources} resolves it
   * @throws IllegalStateException if either file is missing
   */
  public MessageCatalog(Function<String, InputStream> resources, String base) {
    this.english = load(resources, base + "_en.properties");
    this.french = load(resources, base + "_fr.properties");
  }

  private static Properties load(Function<String, InputStream> resources, String name) {
    Properties properties = new Properties();
    try (InputStream in = resources.apply(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message file " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * Returns the message template of a code.
   *
   * @param code the code
   * @param locale the locale: French when its language is {@code fr}, English otherwise
   * @return the template, or empty when the code has no message here
   */
  public Optional<String> template(String code, Locale locale) {
    Properties messages = "fr".equals(locale.getLanguage()) ? french : english;
    return Optional.ofNullable(messages.getProperty(code));
  }

  /**
   * Returns the codes that have messages, in English: the keys of the files, variant keys {@code
   * CODE.problem} and terms {@code term.value} left out.
   *
   * @return the codes
   */
  public Set<String> codes() {
    Set<String> codes = new java.util.TreeSet<>(english.stringPropertyNames());
    codes.removeIf(key -> key.indexOf('.') >= 0);
    return codes;
  }

  /**
   * Renders a finding: its code's template with its parameters put into words in the locale's
   * language (see the class description).
   *
   * @param finding the finding
   * @param locale the locale
   * @return the message, or empty when the code has no message here
   */
  public Optional<String> render(Finding finding, Locale locale) {
    String problem = finding.params().get(PROBLEM);
    Optional<String> template = problem == null ? Optional.empty() : template(finding.code() + "." + problem, locale);
    return template.or(() -> template(finding.code(), locale))
        .map(found -> format(found, finding.params(), locale));
  }

  /**
   * Fills a template with parameters, put into words in the locale's language.
   *
   * @param template the template
   * @param params the values by name
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the text
   */
  public String format(String template, Map<String, String> params, Locale locale) {
    StringBuilder text = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int end;
      if (template.startsWith("[[", i) && (end = template.indexOf("]]", i + 2)) >= 0) {
        String segment = template.substring(i + 2, end);
        if (complete(segment, params)) {
          fill(segment, params, locale, text);
        }
        i = end + 2;
      } else if (template.charAt(i) == '{' && (end = template.indexOf('}', i)) >= 0) {
        fill(template.substring(i, end + 1), params, locale, text);
        i = end + 1;
      } else {
        text.append(template.charAt(i++));
      }
    }
    return text.toString();
  }

  /**
   * Fills a template that is not a catalogue's (a command line's own texts, say) with parameters, put
   * into words in the locale's language: every format but {@code term} and {@code terms}, which need
   * a catalogue, and optional segments.
   *
   * @param template the template
   * @param params the values by name
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the text
   */
  public static String fill(String template, Map<String, String> params, Locale locale) {
    return NO_TERMS.format(template, params, locale);
  }

  /** A catalogue without messages, whose terms are the values themselves. */
  private static final MessageCatalog NO_TERMS = new MessageCatalog(new Properties(), new Properties());

  private MessageCatalog(Properties english, Properties french) {
    this.english = english;
    this.french = french;
  }

  /** Whether every placeholder of a segment has a non-empty value. */
  private static boolean complete(String segment, Map<String, String> params) {
    int i = 0;
    while (true) {
      int open = segment.indexOf('{', i);
      int close = open < 0 ? -1 : segment.indexOf('}', open);
      if (close < 0) {
        return true;
      }
      String value = params.get(name(segment.substring(open + 1, close)));
      if (value == null || value.isEmpty()) {
        return false;
      }
      i = close + 1;
    }
  }

  /** Appends a text with its placeholders filled; an unknown placeholder is left as it is. */
  private void fill(String text, Map<String, String> params, Locale locale, StringBuilder out) {
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      if (close < 0) {
        out.append(text, i, text.length());
        return;
      }
      out.append(text, i, open);
      String spec = text.substring(open + 1, close);
      String value = params.get(name(spec));
      out.append(value != null ? word(value, spec, locale) : "{" + spec + "}");
      i = close + 1;
    }
  }

  private static String name(String spec) {
    int comma = spec.indexOf(',');
    return comma < 0 ? spec : spec.substring(0, comma);
  }

  /** A parameter's value, put into words by the placeholder's format. */
  private String word(String value, String spec, Locale locale) {
    int comma = spec.indexOf(',');
    String format = comma < 0 ? "" : spec.substring(comma + 1);
    switch (format) {
      case "number":
        return Wording.number(value, locale);
      case "money":
        return Wording.money(value, locale);
      case "date":
        return Wording.date(value, locale);
      case "term":
        return term(value, locale);
      case "terms":
        return Wording.list(value, locale, item -> term(item, locale));
      case "list":
        return Wording.list(value, locale, item -> item);
      default:
        return value;
    }
  }

  /** A value's words in this catalogue ({@code term.<value>}), or the value itself. */
  private String term(String value, Locale locale) {
    return template("term." + value, locale).orElse(value);
  }
}
