package io.github.clsante.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The model's API is its interfaces: the generated implementations, their builders and copy interfaces
 * are package-private, and each value type offers {@code builder()}, a public {@code Builder} and
 * {@code copyOf}.
 */
class PublicApiTest {

  private static List<Class<?>> valueTypes() {
    return ModelClasses.all().stream()
        .filter(type -> type.isInterface() && Modifier.isPublic(type.getModifiers()))
        .filter(type -> type.getInterfaces().length > 0 && type.getInterfaces()[0].getSimpleName().equals("With" + type.getSimpleName()))
        .collect(Collectors.toList());
  }

  @Test
  void no_generated_class_is_public() {
    List<Class<?>> generated = ModelClasses.all().stream()
        .filter(type -> type.getSimpleName().startsWith("Immutable") || type.getSimpleName().startsWith("With")
            || type.getEnclosingClass() != null && type.getEnclosingClass().getSimpleName().startsWith("Immutable"))
        .collect(Collectors.toList());

    assertThat(generated).hasSizeGreaterThan(70)
        .allSatisfy(type -> assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse());
  }

  @Test
  void every_value_type_has_a_public_builder_and_copy_of_that_name_no_implementation() throws Exception {
    List<Class<?>> types = valueTypes();

    assertThat(types).hasSize(36).contains(Contract.class, ActionSheet.class,
        io.github.clsante.model.report.Finding.class);
    for (Class<?> type : types) {
      Method builder = type.getMethod("builder");
      Method copyOf = type.getMethod("copyOf", type);
      assertThat(builder.getReturnType().getName()).as(type.getName()).isEqualTo(type.getName() + "$Builder");
      assertThat(Modifier.isPublic(builder.getReturnType().getModifiers())).as(type.getName()).isTrue();
      assertThat(copyOf.getReturnType()).as(type.getName()).isEqualTo(type);
      assertThat(builder.getReturnType().getMethod("build").getReturnType()).as(type.getName()).isEqualTo(type);
    }
  }

  @Test
  void a_copy_of_a_copy_is_the_same_instance_and_with_returns_a_changed_copy() {
    Contract contract = Contract.builder().id("cls").leadArs(io.github.clsante.model.territory.Region.BRETAGNE)
        .territory(io.github.clsante.model.territory.Territory.builder().name("Pays de Morlaix").build()).build();

    assertThat(Contract.copyOf(contract)).isSameAs(contract);
    assertThat(contract.withTitle("CLS du Pays de Morlaix").title()).contains("CLS du Pays de Morlaix");
    assertThat(contract.title()).isEmpty();
    assertThat(Contract.builder().from(contract).build()).isEqualTo(contract);
  }
}
