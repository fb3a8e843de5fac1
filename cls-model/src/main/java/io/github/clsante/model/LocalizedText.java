package io.github.clsante.model;

import org.immutables.value.Value;

/**
 * A text in a given language: a title of a contract, an axis or a sheet published in a second
 * language (breton, occitan, créole…) besides French.
 */
@Value.Immutable
public interface LocalizedText extends WithLocalizedText {

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

  /**
   * Returns a new builder.
   *
   * @return a builder of localized texts
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a localized text.
   *
   * @param localizedText the localized text to copy
   * @return the copy, or the localized text itself when it is already immutable
   */
  static LocalizedText copyOf(LocalizedText localizedText) {
    return ImmutableLocalizedText.copyOf(localizedText);
  }

  /** Builds a localized text: set its values, then call {@code build()}; obtained from {@link LocalizedText#builder()}. */
  final class Builder extends ImmutableLocalizedText.Builder {
    Builder() {}
  }
}
