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
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The French and English messages of a set of finding codes, read from a pair of UTF-8 properties
 * files with the same keys and placeholders ({@code {member}}): French for a French locale, English
 * otherwise. Each module that emits codes ships its pair; parameters are inserted as they are, never
 * interpreted as templates.
 *
 * <p><b>Variants by problem.</b> A finding whose parameters hold {@value #PROBLEM} (what exactly is
 * wrong, e.g. {@code check_key}) is rendered with the template of the key {@code CODE.problem}
 * ({@code CLS-ID-SIREN.check_key}) when the files have it, and with the code's own template
 * otherwise. So one stable code can say precisely what is wrong without building a template from
 * input: the variant is chosen by key, never concatenated. Codes contain no dot, so variant keys
 * never clash with codes; {@link #codes()} leaves them out.
 *
 * <pre>{@code
 * // in the module that owns the files (resource look-ups are checked against the caller's module):
 * MessageCatalog messages = new MessageCatalog(name -> MyRules.class.getResourceAsStream(name), "messages");
 * messages.render(finding, Locale.FRENCH);  // Optional["Le membre « id » est absent."]
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
   * CODE.problem} left out.
   *
   * @return the codes
   */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>(english.stringPropertyNames());
    codes.removeIf(key -> key.indexOf('.') >= 0);
    return codes;
  }

  /**
   * Renders a finding: its template with each {@code {name}} replaced by the parameter's value. The
   * template is that of {@code CODE.problem} when the finding has a parameter {@value #PROBLEM} and
   * the files have that key, else that of the code. Values are inserted as they are, never
   * interpreted as templates.
   *
   * @param finding the finding
   * @param locale the locale
   * @return the message, or empty when the code has no message here
   */
  public Optional<String> render(Finding finding, Locale locale) {
    String problem = finding.params().get(PROBLEM);
    Optional<String> variant =
        problem == null ? Optional.empty() : template(finding.code() + "." + problem, locale);
    return variant.or(() -> template(finding.code(), locale))
        .map(template -> fill(template, finding.params()));
  }

  /**
   * Fills a template's {@code {name}} placeholders; an unknown placeholder is left as it is.
   *
   * @param template the template
   * @param params the values by name
   * @return the message
   */
  public static String fill(String template, Map<String, String> params) {
    StringBuilder message = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        message.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      String value = params.get(name);
      message.append(template, i, open).append(value != null ? value : "{" + name + "}");
      i = close + 1;
    }
    return message.toString();
  }
}
