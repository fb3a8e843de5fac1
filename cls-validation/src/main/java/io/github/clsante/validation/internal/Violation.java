package io.github.clsante.validation.internal;

import io.github.clsante.validation.Rule;

/**
 * What a field check found, carried as the dynamic payload of a constraint violation.
 *
 * @param rule the rule broken
 * @param pointer the JSON Pointer of the value, relative to the object checked ({@code "/inseeCode"})
 * @param value the offending value
 */
public record Violation(Rule rule, String pointer, String value) {}
