package io.github.clsante.spreadsheet.internal;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessagesProvider;
import io.github.clsante.model.report.MessageCatalog;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The texts of the export's codes, the problems of a damaged complement sheet ({@code
 * CLS-SPREADSHEET-COMPLEMENT-…}), as {@link io.github.clsante.model.report.FindingMessages} finds them
 * through {@link java.util.ServiceLoader} ({@code provides} in the module descriptor, {@code
 * META-INF/services} on the classpath).
 */
public final class ExportMessages implements FindingMessagesProvider {

  private static final String DIRECTORY = "/io/github/clsante/spreadsheet/internal/";

  // The look-ups run here: resources are encapsulated in their module.
  private static final MessageCatalog MESSAGES =
      new MessageCatalog(name -> ExportMessages.class.getResourceAsStream(DIRECTORY + name), "export-messages");

  private static final MessageCatalog EXPLANATIONS =
      new MessageCatalog(name -> ExportMessages.class.getResourceAsStream(DIRECTORY + name), "export-explanations");

  private static final Set<String> CODES = Set.copyOf(MESSAGES.codes());

  /** Creates the catalogue; {@link java.util.ServiceLoader} does. */
  public ExportMessages() {}

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
    return EXPLANATIONS.template(code, locale);
  }
}
