package io.github.clsante.model;

import org.immutables.value.Value;

/**
 * A text in a given language: a title of a contract, an axis or a sheet published in a second
 * language (breton, occitan, créole…) besides French.
 */
@Value.Immutable
public interface LocalizedText {

  /**
   * Returns the language, as a BCP 47 tag ({@code "br"}, {@code "oc"}, {@code "gcf"}).
   *
   * @return the language tag
   */
  @Value.Parameter
  String language();

  /**
   * Returns the text, exactly as written.
   *
   * @return the text
   */
  @Value.Parameter
  String text();

  /**
   * Returns a text in a language.
   *
   * @param language the BCP 47 language tag
   * @param text the text
   * @return the localized text
   */
  static LocalizedText of(String language, String text) {
    return ImmutableLocalizedText.of(language, text);
  }
}
