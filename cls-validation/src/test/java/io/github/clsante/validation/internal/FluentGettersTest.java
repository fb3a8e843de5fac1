package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class FluentGettersTest {

  private static final FluentGetters GETTERS = new FluentGetters();

  private static Optional<String> property(String name, Class<?> returned, Class<?>... parameters) {
    return GETTERS.getProperty(new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returned;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters.clone();
      }
    });
  }

  @Test
  void a_method_without_parameters_that_returns_a_value_is_the_property_of_its_name() {
    assertThat(property("title", String.class)).contains("title");
    assertThat(property("qpvCodes", List.class)).contains("qpvCodes");
    assertThat(property("signed", boolean.class)).contains("signed");
  }

  @Test
  void a_method_with_parameters_a_void_method_and_object_s_methods_are_not_properties() {
    assertThat(property("withTitle", Object.class, String.class)).isEmpty();
    assertThat(property("at", String.class, int.class, int.class)).isEmpty();
    assertThat(property("check", void.class)).isEmpty();
    assertThat(property("hashCode", int.class)).isEmpty();
    assertThat(property("toString", String.class)).isEmpty();
    assertThat(property("getClass", Class.class)).isEmpty();
    assertThat(property("clone", Object.class)).isEmpty();
  }

  @Test
  void a_property_is_read_by_the_method_of_its_own_name() {
    assertThat(GETTERS.getGetterMethodNameCandidates("title")).containsExactly("title");
  }
}
