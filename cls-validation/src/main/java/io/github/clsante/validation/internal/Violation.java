package io.github.clsante.validation.internal;

import io.github.clsante.validation.Rule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a field check found, carried as the dynamic payload of a constraint violation.
 *
 * @param rule the rule broken
 * @param pointer the JSON Pointer of the value, relative to the object checked ({@code "/inseeCode"})
 * @param params the finding's parameters, in order: {@code value} (the offending value) first
 */
public record Violation(Rule rule, String pointer, Map<String, String> params) {

  /**
   * Creates a violation.
   *
   * @param rule the rule broken
   * @param pointer the relative JSON Pointer of the value
   * @param params the finding's parameters, copied
   */
  public Violation {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
