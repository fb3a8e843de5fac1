package io.github.clsante.serialization.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One member of an object in the JSON format: its name, whether it is required, single, optional or a
 * list, the shape of its value, and how it is got from the model and given to the builder.
 *
 * @param <T> the model type
 * @param <B> the builder type
 */
public final class Field<T, B> {

  /** How many values a member holds. */
  public enum Kind {
    /** Exactly one value, required. */
    REQUIRED,
    /** One value or none; none is written as an absent member. */
    OPTIONAL,
    /** A list; an empty list is written as an absent member. */
    LIST,
    /** A scalar with a default: always written; absent when read means the default. */
    DEFAULTED
  }

  final String name;
  final byte[] memberName;
  final Kind kind;
  final ValueShape<Object> shape;
  final Function<T, Object> getter;
  final BiConsumer<B, Object> setter;
  final String description;

  @SuppressWarnings("unchecked")
  private Field(
      String name,
      Kind kind,
      ValueShape<?> shape,
      Function<T, ?> getter,
      BiConsumer<B, ?> setter,
      String description) {
    this.name = name;
    this.memberName = CanonicalOutput.memberName(name);
    this.kind = kind;
    this.shape = (ValueShape<Object>) shape;
    this.getter = (Function<T, Object>) getter;
    this.setter = (BiConsumer<B, Object>) setter;
    this.description = description;
  }

  /**
   * Declares a required member.
   *
   * @param name the JSON member name
   * @param shape the value's shape
   * @param getter reads the value from the model
   * @param setter gives the value to the builder
   * @param description what the member holds, for the documentation and the schema
   * @param <T> the model type
   * @param <B> the builder type
   * @param <V> the value type
   * @return the field
   */
  public static <T, B, V> Field<T, B> required(
      String name, ValueShape<V> shape, Function<T, V> getter, BiConsumer<B, V> setter,
      String description) {
    return new Field<>(name, Kind.REQUIRED, shape, getter, setter, description);
  }

  /**
   * Declares a member with a default value, always written.
   *
   * @param name the JSON member name
   * @param shape the value's shape
   * @param getter reads the value from the model
   * @param setter gives the value to the builder
   * @param description what the member holds
   * @param <T> the model type
   * @param <B> the builder type
   * @param <V> the value type
   * @return the field
   */
  public static <T, B, V> Field<T, B> defaulted(
      String name, ValueShape<V> shape, Function<T, V> getter, BiConsumer<B, V> setter,
      String description) {
    return new Field<>(name, Kind.DEFAULTED, shape, getter, setter, description);
  }

  /**
   * Declares an optional member.
   *
   * @param name the JSON member name
   * @param shape the value's shape
   * @param getter reads the optional value from the model
   * @param setter gives a present value to the builder
   * @param description what the member holds
   * @param <T> the model type
   * @param <B> the builder type
   * @param <V> the value type
   * @return the field
   */
  public static <T, B, V> Field<T, B> optional(
      String name, ValueShape<V> shape, Function<T, Optional<V>> getter, BiConsumer<B, V> setter,
      String description) {
    return new Field<>(name, Kind.OPTIONAL, shape, getter, setter, description);
  }

  /**
   * Declares a list member.
   *
   * @param name the JSON member name
   * @param shape the shape of each element
   * @param getter reads the list from the model
   * @param adder adds one element to the builder
   * @param description what the member holds
   * @param <T> the model type
   * @param <B> the builder type
   * @param <V> the element type
   * @return the field
   */
  public static <T, B, V> Field<T, B> list(
      String name, ValueShape<V> shape, Function<T, ? extends List<V>> getter, BiConsumer<B, V> adder,
      String description) {
    return new Field<>(name, Kind.LIST, shape, getter, adder, description);
  }

  /**
   * Declares a map member whose value shape reads and writes the whole map.
   *
   * @param name the JSON member name
   * @param shape the shape of the whole map
   * @param getter reads the map from the model
   * @param setter gives the whole map to the builder
   * @param description what the member holds
   * @param <T> the model type
   * @param <B> the builder type
   * @param <V> the map type
   * @return the field
   */
  public static <T, B, V extends Map<?, ?>> Field<T, B> map(
      String name, ValueShape<V> shape, Function<T, V> getter, BiConsumer<B, V> setter,
      String description) {
    Function<T, Optional<V>> present = getter.andThen(m -> m.isEmpty() ? Optional.empty() : Optional.of(m));
    return new Field<>(name, Kind.OPTIONAL, shape, present, setter, description);
  }

  /**
   * Returns the member name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns how many values the member holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the shape of the member's value (of each element, for a list).
   *
   * @return the shape
   */
  public ValueShape<Object> shape() {
    return shape;
  }

  /**
   * Returns what the member holds.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
