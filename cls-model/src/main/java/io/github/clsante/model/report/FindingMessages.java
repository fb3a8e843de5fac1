package io.github.clsante.model.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of findings (messages des constats), in French or English: the one way to render the
 * message of any finding, whichever module reported it (the JSON reader, the migration, the rules), and
 * the explanation of any code.
 *
 * <pre>{@code
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.code() + " " + FindingMessages.message(finding, Locale.FRENCH));
 * }
 * FindingMessages.explanation("CLS-SHEET-NO-PILOT", Locale.FRENCH);  // why it matters, how to fix it
 * }</pre>
 *
 * <p>The texts come from the catalogues the modules provide ({@link FindingMessagesProvider}), found
 * once, at first use, by {@link ServiceLoader} from the class loader of this module: on the module path
 * through the modules' {@code provides}, on the classpath through their {@code META-INF/services}
 * files. A code is rendered by the catalogue that lists it; when two list the same code, the one whose
 * class name sorts first renders it. The SDK's codes start with {@code CLS-}: give your own rules
 * codes of their own.
 *
 * <p>A catalogue that {@link ServiceLoader} cannot find (rules loaded by a class loader of their own,
 * rules added to a validator in code) is {@linkplain #register registered} instead: a configured
 * validator registers the catalogue of each rule added to it when it is built, so its findings'
 * messages render here like the SDK's.
 */
public final class FindingMessages {

  private FindingMessages() {}

  /** The catalogues found, and the catalogue of each code. */
  private static final class Catalogues {
    static final Map<String, FindingMessagesProvider> BY_CODE = load();

    private static Map<String, FindingMessagesProvider> load() {
      List<FindingMessagesProvider> providers = new ArrayList<>();
      ServiceLoader.load(FindingMessagesProvider.class, FindingMessages.class.getClassLoader())
          .forEach(providers::add);
      providers.sort(Comparator.comparing(provider -> provider.getClass().getName()));
      Map<String, FindingMessagesProvider> byCode = new HashMap<>();
      for (FindingMessagesProvider provider : providers) {
        for (String code : provider.codes()) {
          byCode.putIfAbsent(code, provider);
        }
      }
      return Map.copyOf(byCode);
    }
  }

  /** The catalogues registered, by code: the last registered for a code renders it. */
  private static final ConcurrentHashMap<String, FindingMessagesProvider> REGISTERED = new ConcurrentHashMap<>();

  /**
   * Registers a catalogue for its codes, beside those {@link ServiceLoader} finds: for codes no
   * catalogue found that way lists, it renders their messages and explanations from now on, in every
   * thread; a code that a catalogue found by {@link ServiceLoader} lists keeps that catalogue. Registering
   * a catalogue again, or another for the same codes, replaces the one registered before for them.
   *
   * <pre>{@code
   * FindingMessages.register(new RegionalMessages());   // codes ARS-BRE-…
   * }</pre>
   *
   * @param provider the catalogue; its {@link FindingMessagesProvider#codes()} are read once, now
   */
  public static void register(FindingMessagesProvider provider) {
    Objects.requireNonNull(provider, "provider");
    for (String code : provider.codes()) {
      REGISTERED.put(Objects.requireNonNull(code, "code"), provider);
    }
  }

  /** The catalogue of a code: the one found by {@link ServiceLoader}, else the one registered, or null. */
  private static FindingMessagesProvider catalogue(String code) {
    FindingMessagesProvider found = Catalogues.BY_CODE.get(code);
    return found != null ? found : REGISTERED.get(code);
  }

  /**
   * Renders the message of a finding: its code's template, with its parameters put into words in the
   * locale's language (see {@link MessageCatalog}).
   *
   * @param finding the finding
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the message; the code itself for a code no catalogue knows
   */
  public static String message(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    FindingMessagesProvider provider = catalogue(finding.code());
    return provider == null ? finding.code() : provider.message(finding, locale).orElse(finding.code());
  }

  /**
   * Returns the explanation of a code: why it matters and how to fix what it reports, in a few plain
   * sentences, as {@code cls explain} shows it.
   *
   * @param code the code
   * @param locale French when its language is {@code fr}, English otherwise
   * @return the explanation, or empty for a code no catalogue explains
   */
  public static Optional<String> explanation(String code, Locale locale) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(locale, "locale");
    FindingMessagesProvider provider = catalogue(code);
    return provider == null ? Optional.empty() : provider.explanation(code, locale);
  }

  /**
   * Returns every code the catalogues found or registered have messages for.
   *
   * @return the codes, sorted
   */
  public static Set<String> codes() {
    Set<String> codes = new TreeSet<>(Catalogues.BY_CODE.keySet());
    codes.addAll(REGISTERED.keySet());
    return java.util.Collections.unmodifiableSet(codes);
  }
}
