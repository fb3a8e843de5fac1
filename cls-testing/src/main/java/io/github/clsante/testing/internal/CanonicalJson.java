package io.github.clsante.testing.internal;

import io.github.clsante.testing.Choices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON values in their RFC 8785 canonical form (forme canonique), as a contract's extensions hold them:
 * members sorted by their names' UTF-16 code units, strings with only the escapes the RFC requires, and
 * numbers in ECMAScript's shortest form. The numbers drawn here have at most 15 significant digits
 * within the range of normal doubles, so that their shortest form is their own digits: no double
 * formatting is needed to write them exactly.
 */
public final class CanonicalJson {

  /** The JSON {@code null}, in a tree. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private CanonicalJson() {}

  /**
   * Draws a JSON value of up to {@code depth} nested levels and writes it canonically.
   *
   * @param d the choices
   * @param depth the levels of objects and arrays allowed
   * @param strings how the strings (and names) are drawn: as written or any
   * @return the canonical text
   */
  public static String value(Choices d, int depth, java.util.function.Function<Choices, String> strings) {
    StringBuilder out = new StringBuilder();
    write(tree(d, depth, strings), out);
    return out.toString();
  }

  /** A tree: Map, List, String, BigDecimal, Boolean or NULL. */
  static Object tree(Choices d, int depth, java.util.function.Function<Choices, String> strings) {
    switch (d.between(0, depth > 0 ? 6 : 3)) {
      case 0:
        return strings.apply(d);
      case 1:
        return number(d);
      case 2:
        return d.chance(50);
      case 3:
        return NULL;
      case 4:
      case 5: {
        Map<String, Object> object = new TreeMap<>();
        int n = d.between(0, 3);
        for (int i = 0; i < n; i++) {
          object.putIfAbsent(strings.apply(d), tree(d, depth - 1, strings));
        }
        return object;
      }
      default: {
        List<Object> array = new ArrayList<>();
        int n = d.between(0, 3);
        for (int i = 0; i < n; i++) {
          array.add(tree(d, depth - 1, strings));
        }
        return array;
      }
    }
  }

  /** A number of at most 15 significant digits whose double is zero or normal. */
  static BigDecimal number(Choices d) {
    switch (d.between(0, 3)) {
      case 0:
        return BigDecimal.valueOf(d.between(-1000, 1000));
      case 1: // integers a double holds exactly
        return BigDecimal.valueOf(d.longBetween(-9_007_199_254_740_991L, 9_007_199_254_740_991L));
      case 2:
        return BigDecimal.valueOf(d.longBetween(-999_999_999_999_999L, 999_999_999_999_999L), d.between(-20, 20));
      default:
        return BigDecimal.valueOf(d.longBetween(1, 999_999_999_999_999L), d.between(-290, 290))
            .multiply(d.chance(50) ? BigDecimal.ONE : BigDecimal.ONE.negate());
    }
  }

  /**
   * Writes a tree canonically.
   *
   * @param tree the tree
   * @param out where to
   */
  @SuppressWarnings("unchecked")
  static void write(Object tree, StringBuilder out) {
    if (tree instanceof Map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> member : new TreeMap<>((Map<String, Object>) tree).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(member.getKey(), out);
        out.append(':');
        write(member.getValue(), out);
      }
      out.append('}');
    } else if (tree instanceof List) {
      out.append('[');
      List<Object> elements = (List<Object>) tree;
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(elements.get(i), out);
      }
      out.append(']');
    } else if (tree instanceof String) {
      string((String) tree, out);
    } else if (tree instanceof BigDecimal) {
      out.append(number((BigDecimal) tree));
    } else {
      out.append(tree); // Boolean or NULL
    }
  }

  /**
   * Writes a string canonically: quotes and backslashes escaped, controls as {@code \b \t \n \f \r} or
   * {@code \u005Cu00xx} in lower case, every other character as it is.
   *
   * @param text the string
   * @param out where to
   */
  public static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /**
   * Writes a number of at most 15 significant digits as ECMAScript does: {@code 0}, plain digits up to
   * 21 integer digits, a point, or an exponent ({@code 1e+21}, {@code 1.5e-7}).
   */
  static String number(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int k = digits.length();
    int n = k - stripped.scale(); // value = 0.digits × 10^n
    StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      int exponent = n - 1;
      out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
    }
    return out.toString();
  }
}
