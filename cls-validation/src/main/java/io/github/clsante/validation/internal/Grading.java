package io.github.clsante.validation.internal;

import io.github.clsante.model.report.Severity;
import io.github.clsante.validation.Rule;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a configured validator changes in the findings: the rules it disables, the severities it
 * changes, and the codes of its users' own rules with their severities. The standard validator's is
 * {@link #STANDARD}, which changes nothing and costs nothing: the walk asks no question of it.
 */
public final class Grading {

  /** The standard grading: every rule enabled, at its own severity, and no user code. */
  public static final Grading STANDARD = new Grading(Map.of(), Set.of(), Map.of());

  /** The severity of each rule: its own unless changed (an enum map is an array by ordinal). */
  private final EnumMap<Rule, Severity> severities = new EnumMap<>(Rule.class);
  /** The standard rules disabled. */
  private final EnumSet<Rule> disabledRules = EnumSet.noneOf(Rule.class);
  private final Map<String, Severity> userCodes;
  private final Set<String> disabled;
  private final Map<String, Severity> changed;

  private Grading(Map<String, Severity> userCodes, Set<String> disabled, Map<String, Severity> changed) {
    this.userCodes = Map.copyOf(userCodes);
    this.disabled = Set.copyOf(disabled);
    this.changed = Map.copyOf(changed);
    for (Rule rule : Rule.values()) {
      severities.put(rule, changed.getOrDefault(rule.code(), rule.severity()));
      if (disabled.contains(rule.code())) {
        disabledRules.add(rule);
      }
    }
  }

  /**
   * Returns a grading.
   *
   * @param userCodes the codes of the users' rules, each with the severity its rule declares
   * @param disabled the codes disabled, of standard or users' rules
   * @param changed the severities changed, by code of a standard or user's rule
   * @return the grading
   */
  public static Grading of(Map<String, Severity> userCodes, Set<String> disabled, Map<String, Severity> changed) {
    return userCodes.isEmpty() && disabled.isEmpty() && changed.isEmpty() ? STANDARD
        : new Grading(userCodes, disabled, changed);
  }

  /** Whether a rule's findings are made. */
  boolean enabled(Rule rule) {
    return !disabledRules.contains(rule);
  }

  /** The severity of a rule's findings. */
  Severity severity(Rule rule) {
    return severities.get(rule);
  }

  /**
   * Tells whether a code is one of the users' rules'.
   *
   * @param code a code
   * @return whether a user's rule declares it
   */
  public boolean declares(String code) {
    return userCodes.containsKey(code);
  }

  /** Whether a user's code's findings are made. */
  boolean enabled(String code) {
    return !disabled.contains(code);
  }

  /** The severity of a user's finding: the one configured, else the one given, else its rule's. */
  Severity severity(String code, Severity given) {
    Severity configured = changed.get(code);
    return configured != null ? configured : given != null ? given : Objects.requireNonNull(userCodes.get(code));
  }
}
