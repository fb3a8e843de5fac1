package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessagesProvider;
import io.github.clsante.model.report.MessageCatalog;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The texts of the spreadsheet import's codes ({@code CLS-SPREADSHEET-…}), as the catalogue {@link
 * io.github.clsante.model.report.FindingMessages} finds through {@link java.util.ServiceLoader} ({@code
 * provides} in the module descriptor, {@code META-INF/services} on the classpath).
 */
public final class ImportMessages implements FindingMessagesProvider {

  private static final String DIRECTORY = "/io/github/clsante/spreadsheet/";

  // The look-ups run here: resources are encapsulated in their module.
  private static final MessageCatalog MESSAGES =
      new MessageCatalog(name -> ImportMessages.class.getResourceAsStream(DIRECTORY + name), "import-messages");

  /** The explanations, loaded at their first use. */
  private static final class Explanations {
    static final MessageCatalog CATALOG =
        new MessageCatalog(name -> ImportMessages.class.getResourceAsStream(DIRECTORY + name), "import-explanations");
  }

  private static final Set<String> CODES = Set.copyOf(MESSAGES.codes());

  /** Creates the catalogue; {@link java.util.ServiceLoader} does. */
  public ImportMessages() {}

  /**
   * Returns the message template of a code.
   *
   * @param code the code
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the template, or empty for another code
   */
  public static Optional<String> template(String code, Locale locale) {
    return MESSAGES.template(code, locale);
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
    return Explanations.CATALOG.template(code, locale);
  }
}
