package io.github.clsante.model.internal;

import io.github.clsante.model.Coded;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Finds the constant of a closed code list (an enum) by its wire code: not API. */
public final class CodeLookup {

  private static final ClassValue<Map<String, Object>> BY_CODE =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          Map<String, Object> map = new HashMap<>(constants.length * 2);
          for (Object constant : constants) {
            Object previous = map.put(((Coded) constant).code(), constant);
            if (previous != null) {
              throw new IllegalStateException("duplicate code in " + type.getName() + ": " + previous);
            }
          }
          return Map.copyOf(map);
        }
      };

  private CodeLookup() {}

  /**
   * Returns the constant of {@code type} whose {@link Coded#code()} is {@code code}.
   *
   * @param type an enum implementing {@link Coded}
   * @param code the wire code, compared exactly (case-sensitive)
   * @param <E> the enum type
   * @return the constant, or empty when no constant has that code
   */
  public static <E extends Enum<E> & Coded> Optional<E> byCode(Class<E> type, String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(type.cast(BY_CODE.get(type).get(code)));
  }
}
