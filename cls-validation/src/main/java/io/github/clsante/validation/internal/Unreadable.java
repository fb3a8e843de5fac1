package io.github.clsante.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The places of a contract file that the reader could not read (see {@code ReadResult.unreadable()}),
 * asked by the rules before they judge values that may stand in for them: a rule does not report what
 * only follows from an unreadable value (a fiche whose {@code pilots} was not a list has no pilot in the
 * model, but the file may name some).
 *
 * <p>Places are JSON Pointers; the templates the rules ask about may hold {@code *} for one segment
 * and {@code **} for any number of segments ({@code /parties/*}{@code /kind}). With no unreadable place,
 * every question is answered at once.
 */
final class Unreadable {

  static final Unreadable NONE = new Unreadable(List.of());

  private final List<String[]> places;

  private Unreadable(List<String[]> places) {
    this.places = places;
  }

  static Unreadable of(Collection<String> pointers) {
    if (pointers.isEmpty()) {
      return NONE;
    }
    List<String[]> places = new ArrayList<>(pointers.size());
    for (String pointer : pointers) {
      places.add(segments(pointer));
    }
    return new Unreadable(places);
  }

  boolean isEmpty() {
    return places.isEmpty();
  }

  /**
   * Whether every value at, inside or around the templates was read: none of them, no value inside
   * them, and no value holding them is unreadable.
   */
  boolean intact(String... templates) {
    if (places.isEmpty()) {
      return true;
    }
    for (String template : templates) {
      String[] pattern = segments(template);
      for (String[] place : places) {
        if (related(pattern, 0, place, 0, true) || related(pattern, 0, place, 0, false)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether no unreadable place is exactly at one of the templates (a whole list, say). */
  boolean noneAt(String... templates) {
    if (places.isEmpty()) {
      return true;
    }
    for (String template : templates) {
      String[] pattern = segments(template);
      for (String[] place : places) {
        if (exactly(pattern, 0, place, 0)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean exactly(String[] pattern, int p, String[] place, int q) {
    while (true) {
      if (p == pattern.length || q == place.length) {
        return p == pattern.length && q == place.length;
      }
      if (pattern[p].equals("**")) {
        if (p + 1 == pattern.length) {
          return true;
        }
        for (int skip = q; skip < place.length; skip++) {
          if (exactly(pattern, p + 1, place, skip)) {
            return true;
          }
        }
        return false;
      }
      if (!pattern[p].equals("*") && !pattern[p].equals(place[q])) {
        return false;
      }
      p++;
      q++;
    }
  }

  /**
   * Whether the value at a pointer was read as written: neither it nor a value holding it is
   * unreadable (values inside it may be).
   */
  boolean readable(String pointer) {
    if (places.isEmpty()) {
      return true;
    }
    String[] path = segments(pointer);
    for (String[] place : places) {
      if (related(path, 0, place, 0, false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Matches a pattern against a place: with {@code inside}, whether the place is at or inside the
   * pattern's value (the pattern is a prefix of it); otherwise whether the place holds the pattern's
   * value (the place is a prefix of the pattern, or equal).
   */
  private static boolean related(String[] pattern, int p, String[] place, int q, boolean inside) {
    while (true) {
      if (p == pattern.length) {
        return inside || q == place.length;
      }
      if (q == place.length) {
        return !inside;
      }
      String segment = pattern[p];
      if (segment.equals("**")) {
        // Any segments of the place, but a place that ends inside them holds nothing of the pattern:
        // /status does not hold /**/linkedSchemes.
        if (p + 1 == pattern.length) {
          return true;
        }
        for (int skip = q; skip < place.length; skip++) {
          if (related(pattern, p + 1, place, skip, inside)) {
            return true;
          }
        }
        return false;
      }
      if (!segment.equals("*") && !segment.equals(place[q])) {
        return false;
      }
      p++;
      q++;
    }
  }

  private static String[] segments(String pointer) {
    return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
  }
}
