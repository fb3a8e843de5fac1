package io.github.clsante.model.indicator;

import io.github.clsante.model.OpenCode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The type of an evaluation indicator (type d’indicateur). An open list: codes unknown to this SDK
 * are kept as they are (see {@link OpenCode}).
 */
public final class IndicatorType extends OpenCode {

  /**
   * Was the action carried out as planned (indicateur de réalisation). Wire code {@code processus},
   * « Indicateur de processus ».
   */
  public static final IndicatorType PROCESS = new IndicatorType("processus", "Indicateur de processus");

  /**
   * Direct effects on the target public. Wire code {@code resultat}, « Indicateur de résultat ».
   */
  public static final IndicatorType RESULT = new IndicatorType("resultat", "Indicateur de résultat");

  /**
   * Long-term change in health or its determinants. Wire code {@code impact}, « Indicateur d’impact
   * ».
   */
  public static final IndicatorType IMPACT = new IndicatorType("impact", "Indicateur d’impact");

  /** « Indicateur d’activité ». Wire code {@code activite}. */
  public static final IndicatorType ACTIVITY = new IndicatorType("activite", "Indicateur d’activité");

  /** « Indicateur de moyens ». Wire code {@code moyens}. */
  public static final IndicatorType RESOURCES = new IndicatorType("moyens", "Indicateur de moyens");

  private static final Map<String, IndicatorType> KNOWN =
      index(PROCESS, RESULT, IMPACT, ACTIVITY, RESOURCES);

  private IndicatorType(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static IndicatorType of(String code) {
    IndicatorType known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new IndicatorType(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<IndicatorType> knownValues() {
    return KNOWN.values();
  }
}
