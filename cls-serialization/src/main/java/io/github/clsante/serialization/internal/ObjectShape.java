package io.github.clsante.serialization.internal;

import io.github.clsante.serialization.ReadProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * An object of the JSON format: its members, read in one pass into the model's builder, written in
 * RFC 8785 member order, and described in the JSON Schema.
 *
 * <p>Reading reports, without stopping: a member of the wrong type, an unknown or duplicate member, a
 * missing required member (the object is then not built). One problem never hides another in a
 * sibling object.
 *
 * @param <T> the model type
 * @param <B> the builder type
 */
public final class ObjectShape<T, B> extends ValueShape<T> {

  private final String name;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private List<Field<T, B>> fields = List.of();
  private Map<String, Integer> index = Map.of();

  /**
   * Creates an object shape; its fields are given later by {@link #fields(List)}, so that shapes can
   * refer to each other (an objective holds objectives).
   *
   * @param name the definition name in the JSON Schema ({@code "ActionSheet"})
   * @param description what the object is
   * @param newBuilder makes an empty builder
   * @param build builds the value from a builder holding every required member
   */
  public ObjectShape(String name, String description, Supplier<B> newBuilder, Function<B, T> build) {
    this.name = name;
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Sets the fields, sorted into RFC 8785 order (UTF-16 code units of the names).
   *
   * @param declared the fields, in any order, with distinct names (at most 64)
   * @return this shape
   */
  public ObjectShape<T, B> fields(List<Field<T, B>> declared) {
    if (declared.size() > 64) {
      throw new IllegalArgumentException("at most 64 members: " + name);
    }
    List<Field<T, B>> sorted = new ArrayList<>(declared);
    sorted.sort(Comparator.comparing(Field::name));
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (byName.put(sorted.get(i).name, i) != null) {
        throw new IllegalArgumentException("duplicate member " + sorted.get(i).name + " in " + name);
      }
    }
    this.fields = List.copyOf(sorted);
    this.index = Map.copyOf(byName);
    return this;
  }

  /**
   * Returns the definition name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the object is.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the fields in RFC 8785 order.
   *
   * @return the fields
   */
  public List<Field<T, B>> fieldList() {
    return fields;
  }

  @Override
  public T read(ReadContext in) {
    if (in.token() != JsonToken.START_OBJECT) {
      return in.wrongType("object");
    }
    TokenStreamLocation start = in.parser().currentTokenLocation();
    B builder = newBuilder.get();
    long seen = 0;
    long invalid = 0;
    JsonToken token;
    while ((token = in.next()) == JsonToken.PROPERTY_NAME) {
      String member = in.parser().currentName();
      Integer position = index.get(member);
      if (position == null) {
        in.unknownMember(member);
        continue;
      }
      long bit = 1L << position;
      if ((seen & bit) != 0) {
        in.enter(member);
        in.report(ReadProblem.DUPLICATE_MEMBER, "member", member);
        in.leave();
        in.next();
        in.parser().skipChildren();
        continue;
      }
      seen |= bit;
      in.enter(member); // before advancing: a failure to read the value is located at the member
      in.next();
      if (!readMember(fields.get(position), builder, in)) {
        invalid |= bit;
      }
      in.leave();
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token in object: " + token);
    }
    boolean complete = true;
    for (int i = 0; i < fields.size(); i++) {
      Field<T, B> field = fields.get(i);
      long bit = 1L << i;
      if (field.kind == Field.Kind.REQUIRED && (seen & bit) == 0) {
        in.report(ReadProblem.MISSING_MEMBER, ReadProblem.MISSING_MEMBER.severity(), in.pointer(), start,
            "member", field.name);
        complete = false;
      } else if (field.kind == Field.Kind.REQUIRED && (invalid & bit) != 0) {
        complete = false;
      }
    }
    return complete ? build.apply(builder) : null;
  }

  /** Reads one member's value; returns whether it was valid. */
  private boolean readMember(Field<T, B> field, B builder, ReadContext in) {
    in.mark();
    if (field.kind != Field.Kind.LIST) {
      Object value = field.shape.read(in);
      if (value == null) {
        return false;
      }
      field.setter.accept(builder, value);
      return true;
    }
    if (in.token() != JsonToken.START_ARRAY) {
      in.wrongType("array");
      return false;
    }
    int i = 0;
    while (in.next() != JsonToken.END_ARRAY) {
      in.enter(i++);
      in.mark();
      Object element = field.shape.read(in);
      if (element != null) {
        field.setter.accept(builder, element);
      }
      in.leave();
    }
    return true;
  }

  @Override
  public void write(T value, JsonSink out) {
    out.beginObject();
    for (Field<T, B> field : fields) {
      Object member = field.getter.apply(value);
      switch (field.kind) {
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) member;
          if (optional.isPresent()) {
            out.member(field.memberName);
            field.shape.write(optional.get(), out);
          }
          break;
        case LIST:
          List<?> list = (List<?>) member;
          if (!list.isEmpty()) {
            out.member(field.memberName);
            out.beginArray();
            for (Object element : list) {
              out.element();
              field.shape.write(element, out);
            }
            out.endArray();
          }
          break;
        default:
          out.member(field.memberName);
          field.shape.write(member, out);
      }
    }
    out.endObject();
  }

  @Override
  public Map<String, Object> schema() {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }

  /**
   * Returns the full definition of this object for the JSON Schema's {@code $defs}.
   *
   * @return the definition
   */
  public Map<String, Object> definition() {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("description", description);
    definition.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field<T, B> field : fields) {
      Map<String, Object> property = new LinkedHashMap<>();
      property.put("description", field.description);
      if (field.kind == Field.Kind.LIST) {
        property.put("type", "array");
        property.put("items", field.shape.schema());
      } else {
        property.putAll(field.shape.schema());
      }
      properties.put(field.name, property);
      if (field.kind == Field.Kind.REQUIRED) {
        required.add(field.name);
      }
    }
    definition.put("properties", properties);
    if (!required.isEmpty()) {
      definition.put("required", required);
    }
    definition.put("additionalProperties", false);
    return definition;
  }

  @Override
  public String expected() {
    return "object";
  }

  @Override
  public String documentedType() {
    return "[" + name + "](#" + name.toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
