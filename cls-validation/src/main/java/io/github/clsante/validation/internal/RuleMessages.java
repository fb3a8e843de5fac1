package io.github.clsante.validation.internal;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessagesProvider;
import io.github.clsante.model.report.MessageCatalog;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The texts of this module's codes, the rules, {@code CLS-INTERNAL-ERROR} and {@code
 * CLS-REPORT-TRUNCATED}, as the catalogue {@link io.github.clsante.model.report.FindingMessages} finds
 * through {@link java.util.ServiceLoader} ({@code provides} in the module descriptor, {@code
 * META-INF/services} on the classpath).
 */
public final class RuleMessages implements FindingMessagesProvider {

  private static final String DIRECTORY = "/io/github/clsante/validation/";

  // The look-ups run here: resources are encapsulated in their module.
  private static final MessageCatalog MESSAGES =
      new MessageCatalog(name -> RuleMessages.class.getResourceAsStream(DIRECTORY + name), "rules");

  /** The explanations, loaded at their first use. */
  private static final class Explanations {
    static final MessageCatalog CATALOG =
        new MessageCatalog(name -> RuleMessages.class.getResourceAsStream(DIRECTORY + name), "explanations");
  }

  private static final Set<String> CODES = Set.copyOf(MESSAGES.codes());

  /** Creates the catalogue; {@link java.util.ServiceLoader} does. */
  public RuleMessages() {}

  /**
   * Returns the message template of a rule (or of {@code CLS-INTERNAL-ERROR}).
   *
   * @param code the code
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template, or empty for another code
   */
  public static Optional<String> template(String code, Locale locale) {
    return MESSAGES.template(code, locale);
  }

  /**
   * Returns the explanation of a rule (or of {@code CLS-INTERNAL-ERROR}).
   *
   * @param code the code
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation, or empty for another code
   */
  public static Optional<String> explanationOf(String code, Locale locale) {
    return Explanations.CATALOG.template(code, locale);
  }

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public Optional<String> message(Finding finding, Locale locale) {
    return MESSAGES.render(finding, locale);
  }

  @Override
  public Optional<String> explanation(String code, Locale locale) {
    return explanationOf(code, locale);
  }
}
