package io.github.clsante.cli;

import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words of the command line in one language: its help (a resource bundle that picocli reads), its
 * messages, severities, counts and lists. French texts get French typography when loaded: a narrow
 * no-break space before ; : ! ? and no-break spaces inside « guillemets », so the bundle stays readable
 * with ordinary spaces. Parameters are inserted after that, as they are: a file name is never altered.
 */
final class Texts {

  /** No-break space, inside « guillemets ». */
  static final char NBSP = '\u00A0';

  /** Narrow no-break space, before ; : ! ? and between groups of digits. */
  static final char NNBSP = '\u202F';

  private static final Texts FRENCH = new Texts(Locale.FRENCH, "messages_fr.properties");
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH, "messages_en.properties");

  /**
   * Stands for ’ in the help given to picocli, and is written back as ’ by {@link #helpWriter}:
   * picocli wraps lines where the JDK's line breaker allows, and it allows a break after ’ (« d’ »
   * at the end of a line), not after a private-use character.
   */
  static final char HELP_APOSTROPHE = '\uE000';

  private final Locale locale;
  private final Map<String, String> texts;
  private final Map<String, String> help = new TreeMap<>();
  private final ResourceBundle bundle;

  private Texts(Locale locale, String resource) {
    this.locale = locale;
    this.texts = load(resource, locale.getLanguage().equals("fr"));
    texts.forEach((key, text) -> help.put(key, text.replace('’', HELP_APOSTROPHE)));
    this.bundle = new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return help.get(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(help.keySet());
      }

      @Override
      public Locale getLocale() {
        return Texts.this.locale;
      }
    };
  }

  /** The texts of a language: French for {@code fr}, English otherwise. */
  static Texts of(Locale locale) {
    return locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
  }

  private static Map<String, String> load(String resource, boolean french) {
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key);
      texts.put(key, french ? typography(value) : value);
    }
    return texts;
  }

  /**
   * French typography on a text written with ordinary spaces: a narrow no-break space before ; : ! ?,
   * a no-break space inside « ».
   */
  static String typography(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == ' ' && (next == ';' || next == ':' || next == '!' || next == '?')) {
        out.append(NNBSP);
      } else if (c == ' ' && next == '»') {
        out.append(NBSP);
      } else if (c == '«' && next == ' ') {
        out.append('«').append(NBSP);
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The locale: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
  Locale locale() {
    return locale;
  }

  /** Whether these are the French texts. */
  boolean french() {
    return locale.getLanguage().equals("fr");
  }

  /** The bundle picocli reads the help from; print the help through {@link #helpWriter}. */
  ResourceBundle bundle() {
    return bundle;
  }

  /** A writer for picocli's help: writes {@link #HELP_APOSTROPHE} back as ’. */
  static PrintWriter helpWriter(Writer out) {
    return new PrintWriter(new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        super.write(c == HELP_APOSTROPHE ? '’' : c);
      }

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        super.write(new String(chars, offset, length).replace(HELP_APOSTROPHE, '’'));
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        super.write(text.substring(offset, offset + length).replace(HELP_APOSTROPHE, '’'), 0, length);
      }
    }, true);
  }

  /** Every key, sorted. */
  Set<String> keys() {
    return texts.keySet();
  }

  /**
   * The text of a key with its {@code {name}} placeholders filled, values inserted as they are.
   *
   * @param key the key
   * @param params name, value, name, value…
   */
  String get(String key, String... params) {
    String template = texts.get(key);
    if (template == null) {
      throw new MissingResourceException("no text " + key, Texts.class.getName(), key);
    }
    if (params.length == 0) {
      return template;
    }
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i + 1 < params.length; i += 2) {
      values.put(params[i], params[i + 1]);
    }
    return MessageCatalog.fill(template, values, locale);
  }

  /** The text of a key, or empty when there is none. */
  java.util.Optional<String> find(String key) {
    return java.util.Optional.ofNullable(texts.get(key));
  }

  /** The word for a severity: « erreur », « avertissement », « info ». */
  String severity(Severity severity) {
    return get("severity." + severity.code());
  }

  /**
   * A count with its noun, singular or plural as the language wants: « 0 erreur », « 2 erreurs »,
   * "0 errors", "1 error"; « 1 234 fichiers ».
   *
   * @param noun the key's middle part: {@code file}, {@code error}, {@code warning}, {@code info},
   *     {@code skipped}
   */
  String count(String noun, long n) {
    boolean one = french() ? n <= 1 : n == 1;
    return get("count." + noun + (one ? ".one" : ".other"), "n", number(n));
  }

  /** A whole number with its digits grouped by three: « 1 234 » (narrow no-break space), "1,234". */
  String number(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(french() ? NNBSP : ',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** A list read as « A, B ou C » ("A, B or C"). */
  String or(List<String> items) {
    return join(items, get("list.or"));
  }

  /** A list read as « A, B et C » ("A, B and C"). */
  String and(List<String> items) {
    return join(items, get("list.and"));
  }

  private static String join(List<String> items, String last) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
  }

  /** A value quoted as the language quotes: « value » or "value". */
  String quote(String value) {
    return get("quote", "value", value);
  }
}
