package io.github.clsante.report.html;

import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the page in one language (mots de la page), from {@code texts_fr.properties} and {@code
 * texts_en.properties} beside this class: the two files have the same keys and placeholders, and the
 * French one is written with French typography (narrow no-break space before {@code ; : ? ! %}, no-break
 * spaces inside « guillemets »). Parameters are filled by {@link MessageCatalog}, numbers in the
 * language's form ({@code {n,number}}: « 1 234 » / "1,234").
 */
final class Texts {

  private static final MessageCatalog CATALOG =
      new MessageCatalog(name -> Texts.class.getResourceAsStream(name), "texts");

  private static final Texts FRENCH = new Texts(Locale.FRENCH);
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  /** The texts of a language: French for {@code fr}, English otherwise. */
  static Texts of(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
  }

  /** The language's locale, {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
  Locale locale() {
    return locale;
  }

  /** The language's code for the {@code lang} attribute. */
  String language() {
    return locale.getLanguage();
  }

  /** The keys of one language's file (a test checks that both have the same). */
  static Set<String> keys(Locale locale) {
    java.util.Properties properties = new java.util.Properties();
    String name = "texts_" + ("fr".equals(locale.getLanguage()) ? "fr" : "en") + ".properties";
    try (java.io.InputStream in = Texts.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new java.util.TreeSet<>(properties.stringPropertyNames());
  }

  /** The template of a key, with its placeholders. */
  Optional<String> template(String key) {
    return CATALOG.template(key, locale);
  }

  /** The text of a key, its placeholders filled from name, value pairs. */
  String get(String key, Object... namesAndValues) {
    String template = CATALOG.template(key, locale)
        .orElseThrow(() -> new IllegalStateException("no text " + key + " in " + locale));
    if (namesAndValues.length == 0) {
      return template;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      params.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    return CATALOG.format(template, params, locale);
  }

  /** A number in the language's form. */
  String number(long n) {
    return MessageCatalog.fill("{n,number}", Map.of("n", Long.toString(n)), locale);
  }

  /** A count with its noun, singular or plural as the language wants: « 1 erreur », "0 errors". */
  String count(String noun, long n) {
    boolean singular = "fr".equals(locale.getLanguage()) ? n <= 1 : n == 1;
    return get("count." + noun + (singular ? ".one" : ".other"), "n", number(n));
  }

  /** The name of a severity: « erreur », "warning". */
  String severity(Severity severity) {
    return get("severity." + severity.code());
  }

  /** The heading of a severity's findings: « Erreurs », "Warnings". */
  String severityHeading(Severity severity) {
    return get("severity." + severity.code() + ".heading");
  }

  /** A list in words: « a, b et c », "a, b and c". */
  String and(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + get("list.and") + items.get(items.size() - 1);
  }
}
