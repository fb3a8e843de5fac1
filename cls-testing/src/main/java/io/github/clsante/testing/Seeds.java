package io.github.clsante.testing;

import io.github.clsante.model.Contract;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The five real seed contracts by name (contrats de référence): Agglopolys, the Villes sœurs, Le Havre,
 * Chartres and Lens-Liévin, as the SDK's examples build them from their public pages.
 *
 * <p>The contracts are those of {@code cls-examples} ({@code io.github.clsante.examples.SeedContracts}),
 * found at run time: add {@code io.github.clsante:cls-examples} as a test dependency beside this module
 * to use {@link #named(String)}, {@link #all()} or {@link #canonicalJson(String)}. Without it, these
 * fail with a message that says so; {@link #names()} needs nothing. This module does not depend on
 * {@code cls-examples} itself, which depends on the validator and the JSON format: the modules that
 * build those can test with this one, and an application's production code never gets QuickTheories or
 * AssertJ through the examples.
 *
 * <pre>{@code
 * Contract agglopolys = Seeds.named("agglopolys");
 * for (String name : Seeds.names()) {
 *   assertThat(validator.validate(Seeds.canonicalJson(name)).report()).hasNoErrors();
 * }
 * }</pre>
 */
public final class Seeds {

  /** The class of cls-examples that builds the seed contracts. */
  static final String SEED_CONTRACTS = "io.github.clsante.examples.SeedContracts";

  private static final List<String> NAMES = List.of("agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin");

  private Seeds() {}

  /**
   * Returns the names of the seed contracts, in cls-examples' order.
   *
   * @return {@code agglopolys}, {@code villes-soeurs}, {@code le-havre}, {@code chartres}, {@code lens-lievin}
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Returns a seed contract.
   *
   * @param name one of {@link #names()}
   * @return the contract, the same instance at every call
   * @throws IllegalArgumentException if no seed contract has that name
   * @throws IllegalStateException if cls-examples is not on the class path or module path
   */
  public static Contract named(String name) {
    String known = known(name);
    Contract contract = all().get(known);
    if (contract == null) {
      throw new IllegalStateException("cls-examples has no seed contract " + name + ": it lists " + all().keySet());
    }
    return contract;
  }

  /**
   * Returns every seed contract, by name.
   *
   * @return an unmodifiable map in the order of {@link #names()}
   * @throws IllegalStateException if cls-examples is not on the class path or module path
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Contract> all() {
    return (Map<String, Contract>) call("all", new Class<?>[0]);
  }

  /**
   * Returns the canonical JSON file of a seed contract, as cls-examples bundles it.
   *
   * @param name one of {@link #names()}
   * @return the file's bytes
   * @throws IllegalArgumentException if no seed contract has that name
   * @throws IllegalStateException if cls-examples is not on the class path or module path
   */
  public static byte[] canonicalJson(String name) {
    return (byte[]) call("canonicalJson", new Class<?>[] {String.class}, known(name));
  }

  private static String known(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no seed contract is named \"" + name + "\"; the seed contracts are " + NAMES);
    }
    return name;
  }

  private static Object call(String method, Class<?>[] types, Object... args) {
    Class<?> seeds = seedContracts();
    try {
      Method found = seeds.getMethod(method, types);
      return found.invoke(null, args);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cls-examples' " + SEED_CONTRACTS + "." + method + " cannot be called from "
          + "cls-testing: is cls-examples of the same version as cls-testing?", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Class<?> seedContracts() {
    ClassNotFoundException notFound = null;
    for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
        Seeds.class.getClassLoader()}) {
      try {
        return Class.forName(SEED_CONTRACTS, true, loader);
      } catch (ClassNotFoundException e) {
        notFound = e;
      }
    }
    throw new IllegalStateException("the seed contracts come from cls-examples, which is not on the test class path:"
        + " add the dependency io.github.clsante:cls-examples, of the version of cls-testing, with <scope>test</scope>"
        + " (and, on the module path, --add-modules io.github.clsante.examples)", notFound);
  }
}
