package io.github.clsante.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places of a contract file that the reader could not read (see {@code ReadResult.unreadable()}),
 * asked by the rules before they judge values that may stand in for them: a rule does not report what
 * only follows from an unreadable value (a fiche whose {@code pilots} was not a list has no pilot in the
 * model, but the file may name some).
 *
 * <p>Places are JSON Pointers; the templates the rules ask about may hold {@code *} for one segment
 * and {@code **} for any number of segments ({@code /parties/*}{@code /kind}). With no unreadable place,
 * every question is answered at once.
 *
 * <p>The places are kept as a tree of their segments, so that a question about a pointer follows its
 * segments only (the rules ask one or more per object of the contract, and a broken file may have
 * thousands of unreadable places); the answer for a template with {@code **}, which may look at every
 * place, is kept for the next time it is asked.
 */
final class Unreadable {

  static final Unreadable NONE = new Unreadable(null);

  /** A segment of the places: the places that go on from it, and whether one ends here. */
  private static final class Node {
    private Map<String, Node> children;
    private boolean place;

    Node child(String segment) {
      return children == null ? null : children.get(segment);
    }

    Node add(String segment) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(segment, s -> new Node());
    }

    boolean hasChildren() {
      return children != null;
    }

    Collection<Node> children() {
      return children == null ? List.of() : children.values();
    }
  }

  /** The places, by segment; null when there is none. */
  private final Node root;
  /** The answers of {@link #intact} and {@link #noneAt} for templates with {@code **}, by template. */
  private final Map<String, Boolean> intactAnswers = new HashMap<>();
  private final Map<String, Boolean> noneAtAnswers = new HashMap<>();

  private Unreadable(Node root) {
    this.root = root;
  }

  static Unreadable of(Collection<String> pointers) {
    if (pointers.isEmpty()) {
      return NONE;
    }
    Node root = new Node();
    for (String pointer : pointers) {
      Node node = root;
      for (String segment : segments(pointer)) {
        node = node.add(segment);
      }
      node.place = true;
    }
    return new Unreadable(root);
  }

  boolean isEmpty() {
    return root == null;
  }

  /**
   * Whether every value at, inside or around the templates was read: none of them, no value inside
   * them, and no value holding them is unreadable.
   */
  boolean intact(String... templates) {
    if (root == null) {
      return true;
    }
    for (String template : templates) {
      boolean intact;
      if (template.contains("**")) {
        intact = intactAnswers.computeIfAbsent(template, t -> !related(segments(t)));
      } else {
        intact = !related(segments(template));
      }
      if (!intact) {
        return false;
      }
    }
    return true;
  }

  /** Whether a place holds the template's value, or is at or inside it. */
  private boolean related(String[] pattern) {
    return holds(pattern, 0, root, false) || inside(pattern, 0, root);
  }

  /** Whether no unreadable place is exactly at one of the templates (a whole list, say). */
  boolean noneAt(String... templates) {
    if (root == null) {
      return true;
    }
    for (String template : templates) {
      boolean none;
      if (template.contains("**")) {
        none = noneAtAnswers.computeIfAbsent(template, t -> !exactly(segments(t), 0, root));
      } else {
        none = !exactly(segments(template), 0, root);
      }
      if (!none) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value at a pointer was read as written: neither it nor a value holding it is
   * unreadable (values inside it may be).
   */
  boolean readable(String pointer) {
    return root == null || !holds(segments(pointer), 0, root, false);
  }

  /** What is asked of the places and a pattern. */
  private enum Match {
    /** A place holds the pattern's value: it ends where the pattern goes through, or where it ends. */
    HOLDS,
    /** A place is at or inside the pattern's value: the pattern is a beginning of it, or all of it. */
    INSIDE,
    /** A place is exactly at the pattern. */
    EXACTLY
  }

  private static boolean holds(String[] pattern, int p, Node node, boolean landed) {
    return matches(Match.HOLDS, pattern, p, node, landed);
  }

  private static boolean inside(String[] pattern, int p, Node node) {
    return matches(Match.INSIDE, pattern, p, node, false);
  }

  private static boolean exactly(String[] pattern, int p, Node node) {
    return matches(Match.EXACTLY, pattern, p, node, false);
  }

  /**
   * Whether a place that goes through {@code node} matches the pattern from segment {@code p} on, as
   * {@code match} asks. {@code landed} says that {@code node} was reached by a {@code **}, which takes at
   * least the place's next segment along: a place ending at the node itself does not hold the pattern's
   * value then (/status does not hold /**&#47;linkedSchemes).
   */
  private static boolean matches(Match match, String[] pattern, int p, Node node, boolean landed) {
    if (match == Match.HOLDS && node.place && !landed) {
      return true;
    }
    if (p == pattern.length) {
      // Every node of the tree has a place at or below it.
      return match == Match.INSIDE || (match == Match.EXACTLY && node.place);
    }
    if (pattern[p].equals("**")) {
      if (p + 1 == pattern.length) {
        return node.hasChildren();
      }
      return anyBelow(node, n -> matches(match, pattern, p + 1, n, true));
    }
    return anyChild(pattern, p, node, (c, next) -> matches(match, pattern, next, c, false));
  }

  /** What a question asks of a node the pattern reaches. */
  private interface Question {
    boolean ask(Node node, int next);
  }

  /** Asks about the children that the pattern's segment {@code p} matches: one by name, or all for {@code *}. */
  private static boolean anyChild(String[] pattern, int p, Node node, Question question) {
    String segment = pattern[p];
    if (segment.equals("*")) {
      for (Node child : node.children()) {
        if (question.ask(child, p + 1)) {
          return true;
        }
      }
      return false;
    }
    Node child = node.child(segment);
    return child != null && question.ask(child, p + 1);
  }

  /**
   * Asks about the node and every node below it from which a place goes on: where a {@code **} may
   * hand over to the pattern's next segment, having taken none or some segments of the place.
   */
  private static boolean anyBelow(Node node, java.util.function.Predicate<Node> question) {
    List<Node> pending = new ArrayList<>();
    pending.add(node);
    while (!pending.isEmpty()) {
      Node next = pending.remove(pending.size() - 1);
      if (next.hasChildren()) {
        if (question.test(next)) {
          return true;
        }
        pending.addAll(next.children());
      }
    }
    return false;
  }

  private static String[] segments(String pointer) {
    return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
  }
}
