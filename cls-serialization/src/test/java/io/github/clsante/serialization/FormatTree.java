package io.github.clsante.serialization;

import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import java.util.ArrayList;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the JSON tree of a contract document along the format's declaration ({@code ContractFormat}):
 * each object is visited with the object shape it is of and its JSON Pointer, so that tests can find
 * every place of a kind (every amount in euros, every member of a version) without listing them.
 */
final class FormatTree {

  /** What is done at each object of the tree. */
  @FunctionalInterface
  interface Visitor {
    /**
     * Visits an object; it may change the object's members, and the walk goes on into the members the
     * object holds after the visit.
     *
     * @param object the object
     * @param shape the shape it is of
     * @param pointer its JSON Pointer
     */
    void object(ObjectNode object, ObjectShape<?, ?> shape, String pointer);
  }

  private FormatTree() {}

  /**
   * Visits the value and every object in it, parents before their members, in member order.
   *
   * @param value the value, of the given shape
   * @param shape its shape
   * @param pointer its JSON Pointer
   * @param visitor what to do at each object
   */
  static void walk(JsonNode value, ObjectShape<?, ?> shape, String pointer, Visitor visitor) {
    if (!value.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) value;
    visitor.object(object, shape, pointer);
    for (String name : new ArrayList<>(object.propertyNames())) {
      Optional<Field<?, ?>> field = field(shape, name);
      if (field.isEmpty() || !(field.get().shape() instanceof ObjectShape)) {
        continue;
      }
      ObjectShape<?, ?> member = (ObjectShape<?, ?>) field.get().shape();
      JsonNode child = object.get(name);
      String at = pointer + "/" + escape(name);
      if (field.get().kind() == Field.Kind.LIST && child.isArray()) {
        for (int i = 0; i < child.size(); i++) {
          walk(child.get(i), member, at + "/" + i, visitor);
        }
      } else {
        walk(child, member, at, visitor);
      }
    }
  }

  /**
   * Returns the member of an object shape with the given name, in any version.
   *
   * @param shape the object shape
   * @param name the member name
   * @return the field, or empty when no version has it
   */
  static Optional<Field<?, ?>> field(ObjectShape<?, ?> shape, String name) {
    for (Field<?, ?> field : shape.fieldList()) {
      if (field.name().equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /**
   * Escapes a member name for a JSON Pointer (RFC 6901): {@code ~} is {@code ~0}, {@code /} is {@code ~1}.
   *
   * @param name the member name
   * @return the reference token
   */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
