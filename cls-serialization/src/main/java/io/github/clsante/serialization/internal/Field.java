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
    LIST
  }

  final String name;
  final byte[] memberName;
  final Kind kind;
  final ValueShape<Object> shape;
  final Function<T, Object> getter;
  final BiConsumer<B, Object> setter;
  final String description;
  /** The first minor version of format 1 with this member. */
  final int since;
  /** The last minor version of format 1 with this member, or {@link Integer#MAX_VALUE}. */
  final int until;
  /** The member of the same model value in the versions this one is not in, or {@code null}. */
  final String slot;
  /** The value format 1.0 meant when the member was absent, or {@code null}. */
  final Object defaultIn10;
  /** Whether format 1.0 required this member (optional since). */
  final boolean requiredIn10;
  /** Whether this 1.0 member is only renamed from 1.1 ({@link #slot}), its value written the same. */
  final boolean renamed;

  @SuppressWarnings("unchecked")
  private Field(
      String name,
      Kind kind,
      ValueShape<?> shape,
      Function<T, ?> getter,
      BiConsumer<B, ?> setter,
      String description) {
    this(name, kind, (ValueShape<Object>) shape, (Function<T, Object>) getter, (BiConsumer<B, Object>) setter,
        description, 0, Integer.MAX_VALUE, null, null, false, false);
  }

  private Field(String name, Kind kind, ValueShape<Object> shape, Function<T, Object> getter,
      BiConsumer<B, Object> setter, String description, int since, int until, String slot, Object defaultIn10,
      boolean requiredIn10, boolean renamed) {
    this.name = name;
    this.memberName = CanonicalOutput.memberName(name);
    this.kind = kind;
    this.shape = shape;
    this.getter = getter;
    this.setter = setter;
    this.description = description;
    this.since = since;
    this.until = until;
    this.slot = slot;
    this.defaultIn10 = defaultIn10;
    this.requiredIn10 = requiredIn10;
    this.renamed = renamed;
  }

  /**
   * Declares a member that format 1.{@code minor} introduced.
   *
   * @param minor the minor version
   * @param field the member
   * @param <T> the model type
   * @param <B> the builder type
   * @return the field
   */
  public static <T, B> Field<T, B> newIn(int minor, Field<T, B> field) {
    return new Field<>(field.name, field.kind, field.shape, field.getter, field.setter, field.description, minor,
        field.until, field.slot, field.defaultIn10, field.requiredIn10, field.renamed);
  }

  /**
   * Declares a member of format 1.0 only, replaced from 1.1 by another member holding the same model
   * value (as {@code amountCents} by {@code amount}): it is read from 1.0 documents, never written.
   *
   * @param replacement the member that replaces it
   * @param field the member
   * @param <T> the model type
   * @param <B> the builder type
   * @return the field
   */
  public static <T, B> Field<T, B> replacedIn11By(String replacement, Field<T, B> field) {
    return new Field<>(field.name, field.kind, field.shape, field.getter, field.setter, field.description, 0, 0,
        replacement, field.defaultIn10, field.requiredIn10, false);
  }

  /**
   * Declares a member of format 1.0 only that 1.1 renamed, its value written the same (as {@code
   * schemaVersion}, named {@code formatVersion} from 1.1): it is read from 1.0 documents, never
   * written. A document of either version that writes the other version's name is told to rename it.
   *
   * @param newName the member's name from 1.1
   * @param field the member, under its 1.0 name
   * @param <T> the model type
   * @param <B> the builder type
   * @return the field
   */
  public static <T, B> Field<T, B> renamedIn11To(String newName, Field<T, B> field) {
    return new Field<>(field.name, field.kind, field.shape, field.getter, field.setter, field.description, 0, 0,
        newName, field.defaultIn10, field.requiredIn10, true);
  }

  /**
   * Declares an optional member with the value format 1.0 meant when it was absent; from 1.1, an absent
   * member means that the source does not say.
   *
   * @param value the 1.0 default
   * @param field the member
   * @param <T> the model type
   * @param <B> the builder type
   * @return the field
   */
  public static <T, B> Field<T, B> defaultIn10(Object value, Field<T, B> field) {
    return new Field<>(field.name, field.kind, field.shape, field.getter, field.setter, field.description,
        field.since, field.until, field.slot, value, field.requiredIn10, field.renamed);
  }

  /**
   * Declares an optional member that format 1.0 required: a 1.0 document lacking it is reported.
   *
   * @param field the member
   * @param <T> the model type
   * @param <B> the builder type
   * @return the field
   */
  public static <T, B> Field<T, B> requiredIn10(Field<T, B> field) {
    return new Field<>(field.name, field.kind, field.shape, field.getter, field.setter, field.description,
        field.since, field.until, field.slot, field.defaultIn10, true, field.renamed);
  }

  /**
   * Tells whether format 1.{@code minor} has this member.
   *
   * @param minor the minor version
   * @return whether a document of that version may hold it
   */
  public boolean in(int minor) {
    return minor >= since && minor <= until;
  }

  /**
   * Returns the first minor version with this member.
   *
   * @return 0 for a member of format 1.0
   */
  public int since() {
    return since;
  }

  /**
   * Returns the value format 1.0 meant when this member was absent.
   *
   * @return the 1.0 default, or empty for a member without one
   */
  public Optional<Object> defaultValueIn10() {
    return Optional.ofNullable(defaultIn10);
  }

  /**
   * Tells whether format 1.0 required this member, optional since.
   *
   * @return whether a 1.0 document had to hold it
   */
  public boolean isRequiredIn10() {
    return requiredIn10;
  }

  /**
   * Returns the member that replaces this one from format 1.1.
   *
   * @return the replacement, or empty for a current member
   */
  public Optional<String> replacement() {
    return Optional.ofNullable(until == 0 ? slot : null);
  }

  /**
   * Tells whether this 1.0 member is only renamed from format 1.1 ({@link #replacement()}), its value
   * written the same, rather than replaced by a member that writes it differently (cents by euros).
   *
   * @return whether 1.1 only renamed it
   */
  public boolean isRenamed() {
    return renamed;
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
