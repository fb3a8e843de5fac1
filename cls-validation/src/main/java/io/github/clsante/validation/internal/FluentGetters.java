package io.github.clsante.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The properties of the model's types for Hibernate Validator: the model's accessors have no {@code
 * get} prefix ({@code title()}, {@code qpvCodes()}), so a property is any method without parameters
 * that returns a value, named as the method is; the format names its members after them, so a
 * violation's property path is a path of members.
 */
final class FluentGetters implements GetterPropertySelectionStrategy {

  /** Methods of every object, never properties. */
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "clone");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length > 0 || executable.getReturnType() == void.class
        || OBJECT_METHODS.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
