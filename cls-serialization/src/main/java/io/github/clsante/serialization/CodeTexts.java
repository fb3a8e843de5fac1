package io.github.clsante.serialization;

import io.github.clsante.serialization.internal.FormatMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the codes of this module share — the reader's problems and the migration's notes: a message
 * template and an explanation for each (a missing one is a bug of the SDK, which the tests catch), and
 * the look-up by code.
 */
final class CodeTexts {

  private CodeTexts() {}

  /** The message template of a code, which every code of this module has. */
  static String template(String code, Locale locale) {
    return FormatMessages.template(code, locale).orElseThrow(() -> new IllegalStateException("no message for " + code));
  }

  /** The explanation of a code, which every code of this module has. */
  static String explanation(String code, Locale locale) {
    return FormatMessages.explanationOf(code, locale)
        .orElseThrow(() -> new IllegalStateException("no explanation for " + code));
  }

  /** The constant of an enum of codes with the given code. */
  static <E extends Enum<E>> Optional<E> byCode(Class<E> codes, Function<E, String> codeOf, String code) {
    return Arrays.stream(codes.getEnumConstants()).filter(constant -> codeOf.apply(constant).equals(code)).findFirst();
  }

  /** The codes of an enum of codes, in declaration order. */
  static <E extends Enum<E>> List<String> all(Class<E> codes, Function<E, String> codeOf) {
    return Arrays.stream(codes.getEnumConstants()).map(codeOf).toList();
  }
}
