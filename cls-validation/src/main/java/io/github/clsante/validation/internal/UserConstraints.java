package io.github.clsante.validation.internal;

import io.github.clsante.model.Contract;
import io.github.clsante.model.Coded;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.PartialDate;
import io.github.clsante.serialization.FormatObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The Jakarta Validation constraints users map onto the model's types (Hibernate Validator's
 * programmatic mapping), checked on each object of a contract in its place: the objects of the
 * constrained types are found by one walk along the format's structure (the contract's members that
 * hold objects, read through the model's accessors), which goes only where a constrained type can be
 * met. Each violation is a finding: its code is the constraint's message, its pointer the object's
 * followed by the violation's property path ({@link PropertyPaths}), its parameters the constraint's
 * attributes ({@code max}, {@code regexp}…; the limit of {@code @Min} and {@code @Max}, their {@code
 * value}, as {@code limit}) and the value refused ({@code value}: a text, number, yes or
 * no, or date as written, an amount in euros without its sign as the standard rules give amounts
 * ({@code 1500.50}, for a message's {@code {value,money}}), a code list's wire code).
 *
 * <p>Built once per rule of a validator, with its own Hibernate Validator engine; thread-safe.
 */
public final class UserConstraints {

  /** Attributes of every constraint, not parameters of its finding. */
  private static final Set<String> NOT_PARAMETERS = Set.of("message", "groups", "payload", "flags");

  /** One model type of the walk: its format object, whether constrained, and its members to walk. */
  private static final class Node {
    final Class<?> type;
    final FormatObject object;
    boolean constrained;
    boolean needed;
    final List<Edge> edges = new ArrayList<>();

    Node(Class<?> type, FormatObject object) {
      this.type = type;
      this.object = object;
    }
  }

  /** A member holding objects: the accessor that reads it, how many it holds, and their type. */
  private static final class Edge {
    final String member;
    final Method accessor;
    final Node target;

    Edge(String member, Method accessor, Node target) {
      this.member = member;
      this.accessor = accessor;
      this.target = target;
    }
  }

  private final Validator validator;
  private final Node root;

  private UserConstraints(Validator validator, Node root) {
    this.validator = validator;
    this.root = root;
  }

  /**
   * Returns the constraints one rule maps, checked against the codes it declares, with an engine of
   * their own (so that two rules may constrain the same type).
   *
   * @param map what maps the constraints: the rule's {@code constrain}
   * @param codes the codes the rule declares: the constraints' messages must be among them
   * @return the constraints, or empty when the mappings constrain no model type
   * @throws IllegalArgumentException if a constraint's message is not a declared code
   */
  public static Optional<UserConstraints> of(Consumer<ConstraintMapping> map, Collection<String> codes) {
    HibernateValidatorConfiguration configuration = Validators.configuration();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    map.accept(mapping);
    Validator validator = configuration.addMapping(mapping).buildValidatorFactory().getValidator();
    Map<Class<?>, Node> nodes = new LinkedHashMap<>();
    Node root = node(io.github.clsante.model.Contract.class, FormatObject.CONTRACT, nodes);
    for (Node node : nodes.values()) {
      BeanDescriptor bean = validator.getConstraintsForClass(node.type);
      node.constrained = bean.isBeanConstrained();
      if (node.constrained) {
        checkMessages(node, bean, codes);
      }
    }
    // A member is walked when a constrained type can be met through it: found by going back from the
    // constrained types until nothing changes (objectives hold objectives, sheets sub-actions).
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node node : nodes.values()) {
        boolean needed = node.constrained || node.edges.stream().anyMatch(edge -> edge.target.needed);
        if (needed && !node.needed) {
          node.needed = true;
          changed = true;
        }
      }
    }
    return root.needed ? Optional.of(new UserConstraints(validator, root)) : Optional.empty();
  }

  /** The node of a model type, and of every type its object members hold. */
  private static Node node(Class<?> type, FormatObject object, Map<Class<?>, Node> nodes) {
    Node known = nodes.get(type);
    if (known != null) {
      return known;
    }
    Node node = new Node(type, object);
    nodes.put(type, node);
    for (String member : object.members()) {
      Optional<FormatObject> held = object.objectOf(member);
      if (held.isEmpty()) {
        continue;
      }
      Method accessor;
      try {
        accessor = type.getMethod(member);
      } catch (NoSuchMethodException e) {
        // The format's test checks that every member is named after its accessor.
        throw new IllegalStateException(type.getName() + " has no accessor for the member " + member, e);
      }
      node.edges.add(new Edge(member, accessor, node(elementType(accessor), held.get(), nodes)));
    }
    return node;
  }

  /** The type of the objects an accessor gives: itself, or the element of its list or optional. */
  private static Class<?> elementType(Method accessor) {
    Type type = accessor.getGenericReturnType();
    if (type instanceof ParameterizedType) {
      Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
      return (Class<?>) (argument instanceof ParameterizedType ? ((ParameterizedType) argument).getRawType() : argument);
    }
    return accessor.getReturnType();
  }

  /** Every constraint on a type must name, as its message, the code of its finding. */
  private static void checkMessages(Node node, BeanDescriptor bean, Collection<String> codes) {
    List<String> wrong = new ArrayList<>();
    messages(bean.getConstraintDescriptors(), node.type.getSimpleName(), codes, wrong);
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      String where = node.type.getSimpleName() + "." + property.getPropertyName();
      messages(property.getConstraintDescriptors(), where, codes, wrong);
      containerElements(property.getConstrainedContainerElementTypes(), where, codes, wrong);
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException("a constraint's message must be the code of its finding, one of "
          + new java.util.TreeSet<>(codes) + ": " + String.join("; ", wrong));
    }
  }

  private static void containerElements(Set<ContainerElementTypeDescriptor> elements, String where,
      Collection<String> codes, List<String> wrong) {
    for (ContainerElementTypeDescriptor element : elements) {
      messages(element.getConstraintDescriptors(), where + " (each element)", codes, wrong);
      containerElements(element.getConstrainedContainerElementTypes(), where, codes, wrong);
    }
  }

  private static void messages(Set<ConstraintDescriptor<?>> constraints, String where, Collection<String> codes,
      List<String> wrong) {
    for (ConstraintDescriptor<?> constraint : constraints) {
      if (!codes.contains(constraint.getMessageTemplate())) {
        wrong.add("@" + constraint.getAnnotation().annotationType().getSimpleName() + " on " + where
            + " has the message " + constraint.getMessageTemplate());
      }
    }
  }

  /**
   * Checks every object of a contract of a constrained type, and makes the findings of its violations.
   *
   * @param contract the contract
   * @param walk the walk of the contract, which takes the findings
   */
  public void check(Contract contract, Walk walk) {
    visit(contract, root, Place.ROOT, walk);
  }

  private void visit(Object value, Node node, Place pointer, Walk walk) {
    if (node.constrained) {
      for (ConstraintViolation<Object> violation : validator.validate(value)) {
        walk.report(violation.getMessageTemplate(), null,
            pointer.pointer() + PropertyPaths.pointer(violation.getPropertyPath(), node.object), params(violation));
      }
    }
    for (Edge edge : node.edges) {
      if (!edge.target.needed) {
        continue;
      }
      Object held = read(edge, value);
      if (held instanceof List) {
        List<?> list = (List<?>) held;
        for (int i = 0; i < list.size(); i++) {
          visit(list.get(i), edge.target, Walk.at(pointer, edge.member, i), walk);
        }
      } else if (held instanceof Optional) {
        Optional<?> optional = (Optional<?>) held;
        if (optional.isPresent()) {
          visit(optional.get(), edge.target, Walk.at(pointer, edge.member), walk);
        }
      } else if (held != null) {
        visit(held, edge.target, Walk.at(pointer, edge.member), walk);
      }
    }
  }

  private static Object read(Edge edge, Object value) {
    try {
      return edge.accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + edge.member + " of " + value.getClass().getName(), e);
    }
  }

  /** The parameters of a violation's finding: the constraint's attributes and the value refused, by name. */
  private static Map<String, String> params(ConstraintViolation<?> violation) {
    Map<String, String> params = new TreeMap<>();
    for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
      if (!NOT_PARAMETERS.contains(attribute.getKey()) && !attribute.getValue().getClass().isArray()) {
        // @Min's, @Max's, @DecimalMin's and @DecimalMax's limit is their « value »: the value refused is.
        String name = attribute.getKey().equals("value") ? "limit" : attribute.getKey();
        params.put(name, String.valueOf(attribute.getValue()));
      }
    }
    Object value = violation.getInvalidValue();
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
        || value instanceof PartialDate) {
      params.put("value", value.toString());
    } else if (value instanceof EuroAmount) {
      params.put("value", ((EuroAmount) value).toPlainString()); // as the standard rules give amounts
    } else if (value instanceof Coded) {
      params.put("value", ((Coded) value).code());
    }
    return params;
  }
}
