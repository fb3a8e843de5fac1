package io.github.clsante.testing;

import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.indicator.IndicatorValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a model object and everything it holds, by reflection on the model's interfaces, independently
 * of the generators: each member (an accessor of a model interface, {@code ActionSheet.pilots}) with its
 * value, and each value reached (objects, codes, strings).
 */
final class ModelWalk {

  /** What the walk meets. */
  interface Visitor {
    /** A member of a model object, with its value ({@code Optional}, list, map, or plain value). */
    default void member(Class<?> type, String member, Object value) {}

    /** A value reached: a model object, a code, a string, a number, a date. */
    default void value(Object value) {}
  }

  private ModelWalk() {}

  /** The model interface an object implements (its Immutables class implements it), or null. */
  static Class<?> modelType(Object value) {
    for (Class<?> type : value.getClass().getInterfaces()) {
      if (type.getPackageName().startsWith("io.github.clsante.model") && !type.getSimpleName().startsWith("With")) {
        return type;
      }
    }
    return null;
  }

  /** The members of a model interface: its accessors that Immutables implements, in name order. */
  static List<Method> members(Class<?> type) {
    List<Method> members = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0 && Modifier.isAbstract(method.getModifiers())
          && method.getDeclaringClass() == type) {
        members.add(method);
      }
    }
    members.sort(Comparator.comparing(Method::getName));
    return members;
  }

  static void walk(Object value, Visitor visitor) {
    visitor.value(value);
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(inner -> walk(inner, visitor));
    } else if (value instanceof Collection) {
      ((Collection<?>) value).forEach(inner -> walk(inner, visitor));
    } else if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> {
        walk(k, visitor);
        walk(v, visitor);
      });
    } else if (!(value instanceof String || value instanceof Number || value instanceof Boolean
        || value instanceof Enum || value instanceof OpenCode || value instanceof PartialDate
        || value instanceof EuroAmount || value instanceof IndicatorValue)) {
      Class<?> type = modelType(value);
      if (type == null) {
        throw new IllegalStateException("not a model value: " + value.getClass() + " " + Arrays.toString(
            value.getClass().getInterfaces()));
      }
      for (Method member : members(type)) {
        Object held;
        try {
          held = member.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException(member.toString(), e);
        }
        visitor.member(type, member.getName(), held);
        walk(held, visitor);
      }
    } else if (value instanceof IndicatorValue) {
      IndicatorValue indicator = (IndicatorValue) value;
      indicator.text().ifPresent(text -> walk(text, visitor));
    }
  }
}
