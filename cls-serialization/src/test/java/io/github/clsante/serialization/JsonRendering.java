package io.github.clsante.serialization;

import io.github.clsante.testing.Choices;
import io.github.clsante.testing.ModelGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renderings of JSON for the format's properties (rendus): the same document written again with its
 * members shuffled, any whitespace (indented or not, LF, CR LF, tabs), any string escapes and any
 * spelling of its numbers; and arbitrary JSON texts. A rendering means what the document means: its
 * canonical form is the same.
 *
 * <p>Trees are {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code BigDecimal}, {@code
 * Boolean} or {@link #NULL}. Strings come from cls-testing's any-text generator; numbers reach the edges
 * of doubles (more digits than a double holds, the smallest normal), never a subnormal nor one beyond
 * the range of a double.
 */
final class JsonRendering {

  /** The JSON {@code null} in a tree. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Gen<String> STRINGS = ModelGenerators.anythingGoes().anyTexts();
  private static final Gen<Double> DOUBLES = ModelGenerators.anythingGoes().doubles();

  private JsonRendering() {}

  // ---------------------------------------------------------------------------------------------
  // Generators.

  /**
   * JSON texts of any root (object, array, string, number, boolean, null), rendered at random; no
   * duplicate member names.
   *
   * @return the generator
   */
  static Gen<String> jsonTexts() {
    return in -> {
      Trees trees = new Trees(in);
      Choices d = trees.d;
      return render(d.chance(25) ? trees.value(0) : d.chance(50) ? trees.array(3) : trees.object(3), d);
    };
  }

  /**
   * JSON texts like {@link #jsonTexts()} whose root is an object or an array (erdtman's canonicalizer
   * takes no other root).
   *
   * @return the generator
   */
  static Gen<String> jsonContainerTexts() {
    return in -> {
      Trees trees = new Trees(in);
      return render(trees.d.chance(50) ? trees.array(3) : trees.object(3), trees.d);
    };
  }

  /**
   * JSON values of up to two levels, any numbers included, in the SDK's canonical form: what a
   * contract's extension may hold.
   *
   * @return the generator
   */
  static Gen<String> canonicalValues() {
    return in -> {
      Trees trees = new Trees(in);
      return ContractJson.canonicalize(render(trees.value(2), trees.d));
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering.

  /**
   * Writes a JSON text again: its members shuffled, any whitespace, escapes and number spellings; now
   * and then indented, with LF or CR LF line ends and spaces or tabs.
   *
   * @param json the text
   * @param seed the seed of the choices
   * @return the rendering
   */
  static String respell(String json, long seed) {
    return render(tree(MAPPER.readTree(json)), Choices.of(seed));
  }

  /**
   * Writes a tree with random member order, whitespace, string escapes and number spellings; every
   * spelling of a number is the same decimal value, so it reads back as the same double.
   *
   * @param tree the tree
   * @param d the choices
   * @return the JSON text
   */
  static String render(Object tree, Choices d) {
    StringBuilder out = new StringBuilder();
    Layout layout = new Layout(d);
    layout.space(out, 0);
    write(tree, out, d, layout, 0);
    layout.space(out, 0);
    return out.toString();
  }

  /** Whitespace between tokens: random, or an indentation with the line end and indent of a document. */
  private static final class Layout {
    private final Choices d;
    private final boolean indented;
    private final String newline;
    private final String indent;

    Layout(Choices d) {
      this.d = d;
      this.indented = d.chance(40);
      this.newline = d.pick(List.of("\n", "\r\n", "\n", "\r"));
      this.indent = d.pick(List.of("  ", "    ", "\t", " "));
    }

    void space(StringBuilder out, int depth) {
      if (indented) {
        out.append(newline).append(indent.repeat(depth));
      } else if (d.chance(30)) {
        int n = d.between(1, 3);
        for (int i = 0; i < n; i++) {
          out.append(" \t\n\r".charAt(d.between(0, 3)));
        }
      }
    }

    void inline(StringBuilder out) {
      if (indented ? d.chance(70) : d.chance(30)) {
        out.append(' ');
      }
    }
  }

  private static void write(Object tree, StringBuilder out, Choices d, Layout layout, int depth) {
    if (tree instanceof Map) {
      List<Map.Entry<?, ?>> members = new ArrayList<>(((Map<?, ?>) tree).entrySet());
      for (int i = members.size() - 1; i > 0; i--) { // Fisher–Yates: any member order
        int j = d.between(0, i);
        Map.Entry<?, ?> swap = members.get(i);
        members.set(i, members.get(j));
        members.set(j, swap);
      }
      out.append('{');
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        layout.space(out, depth + 1);
        string((String) members.get(i).getKey(), out, d);
        layout.inline(out);
        out.append(':');
        layout.inline(out);
        write(members.get(i).getValue(), out, d, layout, depth + 1);
      }
      if (!members.isEmpty()) {
        layout.space(out, depth);
      }
      out.append('}');
    } else if (tree instanceof List) {
      List<?> elements = (List<?>) tree;
      out.append('[');
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        layout.space(out, depth + 1);
        write(elements.get(i), out, d, layout, depth + 1);
      }
      if (!elements.isEmpty()) {
        layout.space(out, depth);
      }
      out.append(']');
    } else if (tree instanceof String) {
      string((String) tree, out, d);
    } else if (tree instanceof BigDecimal) {
      out.append(number((BigDecimal) tree, d));
    } else if (tree instanceof Boolean || tree == NULL) {
      out.append(tree);
    } else {
      throw new IllegalArgumentException("not a JSON tree: " + tree);
    }
  }

  private static void string(String text, StringBuilder out, Choices d) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        // A pair is written raw or as two escapes, never half and half.
        if (d.chance(30)) {
          unicodeEscape(c, out, d);
          unicodeEscape(text.charAt(i + 1), out, d);
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      String shortEscape = shortEscape(c);
      boolean mustEscape = c == '"' || c == '\\' || c < 0x20;
      if (mustEscape || d.chance(15)) {
        if (shortEscape != null && d.chance(70)) {
          out.append(shortEscape);
        } else {
          unicodeEscape(c, out, d);
        }
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static String shortEscape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '/':
        return "\\/";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return null;
    }
  }

  private static void unicodeEscape(char c, StringBuilder out, Choices d) {
    String hex = String.format("%04x", (int) c);
    out.append("\\u").append(d.chance(50) ? hex.toUpperCase(Locale.ROOT) : hex);
  }

  /** A spelling of the decimal: plain, scientific, shifted mantissa, trailing zeros, padded exponent. */
  static String number(BigDecimal value, Choices d) {
    if (value.signum() == 0) {
      return d.pick(List.of("0", "-0", "0.0", "-0.0", "0e0", "0E+5", "-0e-3", "0.000", "0e007"));
    }
    switch (d.between(0, 5)) {
      case 0:
        return value.toString(); // 123, 1.5, 1.0E-7, 1E+21
      case 1: {
        String plain = value.toPlainString();
        return plain.length() <= 60 ? plain : value.toString();
      }
      case 2:
        return value.unscaledValue() + exponent(-value.scale(), d);
      case 3:
        return value.setScale(value.scale() + d.between(1, 3)).toString();
      case 4: {
        int shift = d.between(-5, 5);
        String mantissa = value.movePointLeft(shift).toPlainString();
        return mantissa.length() <= 60 ? mantissa + exponent(shift, d) : value.toString();
      }
      default: {
        String digits = Integer.toString(Math.abs(-value.scale()));
        String sign = -value.scale() < 0 ? "-" : d.chance(50) ? "+" : "";
        return value.unscaledValue() + (d.chance(50) ? "e" : "E") + sign + "00".substring(d.between(0, 2)) + digits;
      }
    }
  }

  private static String exponent(int exponent, Choices d) {
    return (d.chance(50) ? "e" : "E") + (exponent < 0 ? "-" + -exponent : (d.chance(50) ? "+" : "") + exponent);
  }

  /**
   * A Jackson tree as Maps, Lists, Strings, BigDecimals, Booleans and {@link #NULL}.
   *
   * @param node the tree
   * @return the same tree
   */
  static Object tree(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> object = new LinkedHashMap<>();
      node.properties().forEach(member -> object.put(member.getKey(), tree(member.getValue())));
      return object;
    } else if (node.isArray()) {
      List<Object> array = new ArrayList<>();
      node.values().forEach(element -> array.add(tree(element)));
      return array;
    } else if (node.isString()) {
      return node.stringValue();
    } else if (node.isNumber()) {
      return node.decimalValue(); // exact: the same decimal reads as the same double
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isNull()) {
      return NULL;
    }
    throw new IllegalArgumentException("not JSON: " + node);
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing trees.

  /** Draws JSON trees from QuickTheories' randomness, so that they shrink. */
  private static final class Trees {
    final RandomnessSource in;
    final Choices d;

    Trees(RandomnessSource in) {
      this.in = in;
      this.d = Choices.of(in);
    }

    Object value(int depth) {
      switch (d.between(0, depth > 0 ? 7 : 4)) {
        case 0:
        case 4:
          return STRINGS.generate(in);
        case 1:
          return number();
        case 2:
          return d.chance(50);
        case 3:
          return NULL;
        case 5:
        case 6:
          return object(depth);
        default:
          return array(depth);
      }
    }

    Map<String, Object> object(int depth) {
      Map<String, Object> object = new LinkedHashMap<>();
      int n = d.between(0, 4);
      for (int i = 0; i < n; i++) {
        object.putIfAbsent(STRINGS.generate(in), value(depth - 1)); // no duplicate names
      }
      return object;
    }

    List<Object> array(int depth) {
      List<Object> array = new ArrayList<>();
      int n = d.between(0, 4);
      for (int i = 0; i < n; i++) {
        array.add(value(depth - 1));
      }
      return array;
    }

    /** A finite double that is zero or normal (no subnormal: erdtman's canonicalizer hangs on some). */
    double normal() {
      double value = DOUBLES.generate(in);
      return value != 0.0 && Math.abs(value) < Double.MIN_NORMAL ? 0.25 : value;
    }

    /** A decimal that reads as a finite double, zero or normal. */
    BigDecimal number() {
      BigDecimal value;
      switch (d.between(0, 3)) {
        case 0:
          value = BigDecimal.valueOf(d.between(-1000, 1000));
          break;
        case 1:
          value = new BigDecimal(Double.toString(normal()));
          break;
        case 2: // more digits than a double holds: the reader must round
          value = BigDecimal.valueOf(d.longBetween(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
              d.between(-25, 25));
          break;
        default: { // the exact value of a double, when not too long
          double x = normal();
          BigDecimal exact = new BigDecimal(x);
          value = exact.precision() <= 60 ? exact : new BigDecimal(Double.toString(x));
        }
      }
      double read = value.doubleValue();
      return Double.isFinite(read) && (read == 0.0 || Math.abs(read) >= Double.MIN_NORMAL) ? value : BigDecimal.ONE;
    }
  }
}
