package io.github.clsante.server;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The server's words in one language (textes du validateur), from {@code texts_fr.properties} and
 * {@code texts_en.properties}: the page and the errors' messages.
 */
final class Texts {

  private static final Texts FRENCH = new Texts(Locale.FRENCH);
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("io.github.clsante.server.texts", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
    String pattern = bundle.getString(key);
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
