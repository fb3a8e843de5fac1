package io.github.clsante.serialization.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that a format declaration holds every attribute of its model type: each accessor of the type
 * (a public method without parameters, derived ones too) must be read by one of the declaration's
 * members, or be excluded with a reason. Which accessor a member reads is found by calling the member's
 * getter on a stand-in of the type that records the accessors called, so the check follows the
 * declaration itself, not the member names.
 */
final class FormatCoverage {

  private FormatCoverage() {}

  /**
   * Returns the accessors of a model value type: its public methods without parameters that return a
   * value, those of {@link Object} left out.
   */
  static Set<String> accessors(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && method.getReturnType() != void.class && method.getDeclaringClass() != Object.class
          && !method.isSynthetic() && !method.isBridge()) {
        names.add(method.getName());
      }
    }
    return names;
  }

  /** Returns the accessors the getter of each member of a declaration calls, by member name. */
  static <T> Map<String, Set<String>> accessorsRead(Class<T> type, ObjectShape<T, ?> shape) {
    Map<String, Set<String>> read = new LinkedHashMap<>();
    for (Field<T, ?> field : shape.fieldList()) {
      Set<String> called = new LinkedHashSet<>();
      T standIn = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
          (proxy, method, args) -> {
            called.add(method.getName());
            return neutral(method.getReturnType());
          }));
      // Only the accessors the getter calls matter, not what it returns.
      var unused = field.getter.apply(standIn);
      read.put(field.name(), called);
    }
    return read;
  }

  /**
   * Returns what is wrong with a declaration: {@code Type.accessor} for each accessor no member reads
   * and no exclusion names, and {@code Type.accessor (excluded, but …)} for an exclusion that names
   * an accessor the type does not have or that a member reads (an exclusion that no longer holds).
   *
   * @param excluded the accessors left out on purpose, each with its reason
   */
  static <T> List<String> problems(Class<T> type, ObjectShape<T, ?> shape, Map<String, String> excluded) {
    Set<String> read = new TreeSet<>();
    accessorsRead(type, shape).values().forEach(read::addAll);
    Set<String> accessors = accessors(type);
    List<String> problems = new ArrayList<>();
    for (String accessor : accessors) {
      if (!read.contains(accessor) && !excluded.containsKey(accessor)) {
        problems.add(type.getSimpleName() + "." + accessor);
      }
    }
    for (String accessor : new TreeSet<>(excluded.keySet())) {
      if (!accessors.contains(accessor)) {
        problems.add(type.getSimpleName() + "." + accessor + " (excluded, but the type has no such accessor)");
      } else if (read.contains(accessor)) {
        problems.add(type.getSimpleName() + "." + accessor + " (excluded, but the format declares it)");
      }
    }
    return problems;
  }

  /**
   * Returns the model value types a root type reaches through its accessors' types and their type
   * arguments ({@code List<Axis>}, {@code Optional<Period>}, {@code Map<String, Party>}), the root
   * first: the types that have a builder ({@code X.builder()}), as every model value type does.
   */
  static List<Class<?>> valueTypesReached(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> next = new ArrayDeque<>(List.of(root));
    List<Class<?>> valueTypes = new ArrayList<>();
    while (!next.isEmpty()) {
      Class<?> type = next.removeFirst();
      if (!seen.add(type) || !type.getPackageName().startsWith("io.github.clsante.model")) {
        continue;
      }
      if (hasBuilder(type)) {
        valueTypes.add(type);
      }
      for (Method method : type.getMethods()) {
        if (accessors(type).contains(method.getName()) && method.getParameterCount() == 0) {
          collect(method.getGenericReturnType(), next);
        }
      }
    }
    return valueTypes;
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static void collect(Type type, Deque<Class<?>> next) {
    if (type instanceof Class<?>) {
      next.addLast((Class<?>) type);
    } else if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      collect(parameterized.getRawType(), next);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, next);
      }
    }
  }

  /** A value of a return type that a getter can pass on: empty for containers, zero, false or null. */
  private static Object neutral(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    } else if (type == List.class) {
      return List.of();
    } else if (type == Map.class) {
      return Map.of();
    } else if (type == Set.class) {
      return Set.of();
    } else if (type == boolean.class) {
      return false;
    } else if (type == int.class) {
      return 0;
    } else if (type == long.class) {
      return 0L;
    } else if (type == double.class) {
      return 0.0;
    }
    return null;
  }
}
