package io.github.clsante.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A value of an open code list (OCDS style): a set of well-known constants, with room for codes
 * this version of the SDK does not know.
 *
 * <p>Each subclass declares its well-known constants and an {@code of(String)} factory that returns
 * the constant for a known code, or a new value for an unknown one ({@link #isKnown()} is then
 * {@code false}). Two values are equal when they are of the same class and have the same code.
 */
public abstract class OpenCode implements Coded {

  private final String code;
  private final String frenchLabel;

  /**
   * Creates a value; subclasses call it for their constants and for unknown codes.
   *
   * @param code the wire code
   * @param frenchLabel the French label, or {@code null} for an unknown code
   */
  protected OpenCode(String code, String frenchLabel) {
    this.code = Objects.requireNonNull(code, "code");
    this.frenchLabel = frenchLabel;
  }

  /**
   * Indexes well-known constants by code, for a subclass's {@code of(String)} factory.
   *
   * @param constants the well-known constants, each with a distinct code
   * @param <T> the code list type
   * @return an unmodifiable map from code to constant, in declaration order
   * @throws IllegalArgumentException if two constants share a code
   */
  @SafeVarargs
  protected static <T extends OpenCode> Map<String, T> index(T... constants) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T constant : constants) {
      if (map.put(constant.code(), constant) != null) {
        throw new IllegalArgumentException("duplicate code: " + constant.code());
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final String frenchLabel() {
    return frenchLabel == null ? code : frenchLabel;
  }

  /**
   * Tells whether this code is one of the list's well-known constants.
   *
   * @return {@code true} for a well-known constant, {@code false} for a code unknown to this SDK
   */
  public final boolean isKnown() {
    return frenchLabel != null;
  }

  // The same code in two lists (a party kind and a scheme kind) is two different values: compare classes.
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((OpenCode) other).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  /** Returns the wire code. */
  @Override
  public final String toString() {
    return code;
  }
}
