package io.github.clsante.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The server's words in one language (textes du validateur), from {@code texts_fr.properties} and
 * {@code texts_en.properties}: the page and the errors' messages.
 */
final class Texts {

  private static final Texts FRENCH = new Texts(Locale.FRENCH);
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

  private final Locale locale;
  private final Properties texts = new Properties();

  private Texts(Locale locale) {
    this.locale = locale;
    String name = "texts_" + locale.getLanguage() + ".properties";
    // Read as a file of the module, in UTF-8: a named module cannot load bundles with a custom control.
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every key, for the tests that compare the languages. */
  java.util.Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /** The texts of a language: English for {@code en}, else French. */
  static Texts of(Locale locale) {
    return locale.getLanguage().equals("en") ? ENGLISH : FRENCH;
  }

  Locale locale() {
    return locale;
  }

  boolean french() {
    return locale.getLanguage().equals("fr");
  }

  /** A text, its {@code {0}}… filled with the arguments. */
  String get(String key, Object... arguments) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no text " + key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** A size in bytes for people: « 20 Mio », « 512 kio », « 300 octets » (MiB, KiB, bytes in English). */
  static String size(long bytes, Locale locale) {
    Texts texts = of(locale);
    long mebi = 1024L * 1024;
    if (bytes >= mebi && bytes % mebi == 0) {
      return texts.get("size.mebibytes", bytes / mebi);
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return texts.get("size.kibibytes", bytes / 1024);
    }
    return texts.get("size.bytes", bytes);
  }
}
