package io.github.clsante.model.report;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue of finding texts (catalogue de messages), provided by a module that reports codes: the
 * message of each of its findings and the explanation of each of its codes, in French and English.
 * {@link FindingMessages} finds every catalogue with {@link java.util.ServiceLoader}; the SDK's reader
 * and migration (module {@code io.github.clsante.serialization}) and its rules ({@code
 * io.github.clsante.validation}) provide theirs, and a module of your own rules provides its own the
 * same way.
 *
 * <pre>{@code
 * public final class RegionalMessages implements FindingMessagesProvider {
 *   // The look-up runs here: resources are encapsulated in their module.
 *   private static final MessageCatalog MESSAGES =
 *       new MessageCatalog(name -> RegionalMessages.class.getResourceAsStream(name), "messages");
 *
 *   public Set<String> codes() { return MESSAGES.codes(); }
 *   public Optional<String> message(Finding finding, Locale locale) { return MESSAGES.render(finding, locale); }
 * }
 *
 * // module-info.java, on the module path:
 * provides io.github.clsante.model.report.FindingMessagesProvider with org.example.ars.RegionalMessages;
 * // on the classpath, the file META-INF/services/io.github.clsante.model.report.FindingMessagesProvider
 * // holds the line: org.example.ars.RegionalMessages
 * }</pre>
 *
 * <p>An implementation is public, with a public constructor without parameters, and thread-safe: one
 * instance serves every message.
 */
public interface FindingMessagesProvider {

  /**
   * Returns the codes this catalogue has messages for.
   *
   * @return the codes ({@code "CLS-SHEET-NO-PILOT"}); the same on every call
   */
  Set<String> codes();

  /**
   * Renders the message of a finding whose code is one of {@link #codes()}.
   *
   * @param finding the finding
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the message, or empty when this catalogue has none for the finding
   */
  Optional<String> message(Finding finding, Locale locale);

  /**
   * Returns why a code matters and how to fix what it reports, for the person who corrects the file.
   *
   * @param code one of {@link #codes()}
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation; empty by default, for a catalogue without explanations
   */
  default Optional<String> explanation(String code, Locale locale) {
    return Optional.empty();
  }
}
