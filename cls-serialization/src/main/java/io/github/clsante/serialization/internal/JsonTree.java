package io.github.clsante.serialization.internal;

import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A minimal tree for any JSON value, as RFC 8785 sees it: objects as {@link LinkedHashMap} (insertion
 * order), arrays as {@link ArrayList}, strings as {@link String}, numbers as {@link Double} (every
 * JSON number is an IEEE 754 double; {@code -0} is read as {@code 0}), booleans as {@link Boolean},
 * and {@code null} as {@link #NULL}. Used for extension data and for canonicalizing any JSON text.
 *
 * <p>Reading and writing are iterative: the nesting depth is bounded by the parser's limit, not by the
 * thread's stack.
 */
public final class JsonTree {

  /** The JSON {@code null} in a tree. */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final Double ZERO = 0.0;

  /** String.compareTo: by UTF-16 code units, as RFC 8785 §3.2.3 requires. */
  private static final Comparator<Map.Entry<?, ?>> BY_NAME =
      (a, b) -> ((String) a.getKey()).compareTo((String) b.getKey());

  private JsonTree() {}

  /**
   * Reads the value starting at the parser's current token, leaving the parser on the value's last
   * token (the scalar itself, or the closing bracket).
   *
   * @param parser the parser, already advanced onto the value's first token
   * @param basePointer the JSON Pointer of the value, to which the pointers of problems are relative
   *     ({@code ""} for the whole document)
   * @return the tree
   * @throws ClsJsonException on a duplicate member name ({@code CLS-JSON-DUPLICATE-MEMBER}, pointer of
   *     the duplicate member, the parser left on its name), on a number beyond the range of a double
   *     ({@code CLS-JSON-NUMBER-OUT-OF-RANGE}; one too close to zero is read as 0, as RFC 8785 says) or on a string or member name holding an unpaired surrogate
   *     ({@code CLS-JSON-INVALID-STRING}: RFC 8785 §3.2.2.2 requires rejecting it), the parser left on
   *     the token in question, whose line and column are given (columns as jackson-core counts them:
   *     bytes for byte input). jackson-core's own exceptions (malformed JSON, limits) pass through.
   * @throws IllegalStateException if the parser is not on the first token of a value
   */
  public static Object read(JsonParser parser, String basePointer) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      Object value = scalar(parser, token);
      if (value instanceof ReadProblem) {
        throw problem((ReadProblem) value, basePointer, parser.currentTokenLocation());
      }
      return value;
    }
    // The open containers: at each depth the container, and the member name (objects) or the index
    // (arrays) of the value being read in it, for the pointer of a problem.
    Object[] containers = new Object[16];
    String[] names = new String[16];
    int[] indexes = new int[16];
    int depth = 0;
    Object root = open(token);
    containers[0] = root;
    indexes[0] = -1;
    while (true) {
      token = parser.nextToken();
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        containers[depth] = null;
        if (depth == 0) {
          return root;
        }
        depth--;
        continue;
      }
      Object container = containers[depth];
      boolean inObject = container instanceof LinkedHashMap;
      String name = null;
      if (inObject) {
        // token is PROPERTY_NAME
        name = parser.currentName();
        names[depth] = name;
        if (((Map<?, ?>) container).containsKey(name)) {
          throw problem(ReadProblem.DUPLICATE_MEMBER, pointer(basePointer, containers, names, indexes, depth),
              parser.currentTokenLocation());
        }
        if (hasUnpairedSurrogate(name)) {
          throw problem(ReadProblem.INVALID_STRING, pointer(basePointer, containers, names, indexes, depth),
              parser.currentTokenLocation());
        }
        token = parser.nextToken();
      } else {
        indexes[depth]++;
      }
      boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
      Object value = opens ? open(token) : scalar(parser, token);
      if (value instanceof ReadProblem) {
        throw problem((ReadProblem) value, pointer(basePointer, containers, names, indexes, depth),
            parser.currentTokenLocation());
      }
      if (inObject) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) container;
        object.put(name, value);
      } else {
        @SuppressWarnings("unchecked")
        List<Object> array = (List<Object>) container;
        array.add(value);
      }
      if (opens) {
        depth++;
        if (depth == containers.length) {
          containers = Arrays.copyOf(containers, depth * 2);
          names = Arrays.copyOf(names, depth * 2);
          indexes = Arrays.copyOf(indexes, depth * 2);
        }
        containers[depth] = value;
        indexes[depth] = -1;
      }
    }
  }

  private static Object open(JsonToken token) {
    return token == JsonToken.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<Object>();
  }

  /** A scalar value, or the problem it has (a {@link ReadProblem}, never a tree value). */
  private static Object scalar(JsonParser parser, JsonToken token) {
    if (token == null) {
      throw new IllegalStateException("not on the first token of a value: end of input");
    }
    switch (token) {
      case VALUE_STRING:
        String text = parser.getString();
        return hasUnpairedSurrogate(text) ? ReadProblem.INVALID_STRING : text;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        double number = parser.getDoubleValue();
        if (Double.isInfinite(number)) {
          return ReadProblem.NUMBER_OUT_OF_RANGE;
        }
        return number == 0.0 ? ZERO : Double.valueOf(number);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("not on the first token of a value: " + token);
    }
  }

  /** Whether a string holds a UTF-16 surrogate without its pair (RFC 8785 §3.2.2.2 rejects it). */
  static boolean hasUnpairedSurrogate(String s) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** The pointer of the value being read at {@code depth}. */
  private static String pointer(
      String basePointer, Object[] containers, String[] names, int[] indexes, int depth) {
    String pointer = basePointer;
    for (int d = 0; d <= depth; d++) {
      pointer = containers[d] instanceof LinkedHashMap
          ? JsonPointer.append(pointer, names[d])
          : JsonPointer.append(pointer, indexes[d]);
    }
    return pointer;
  }

  /** The exception of a problem at a pointer and token. */
  static ClsJsonException problem(ReadProblem problem, String pointer, TokenStreamLocation at) {
    String message;
    switch (problem) {
      case DUPLICATE_MEMBER:
        message = "duplicate member name";
        break;
      case NUMBER_OUT_OF_RANGE:
        message = "number beyond the range of a double";
        break;
      default:
        message = "string holding an unpaired UTF-16 surrogate";
        break;
    }
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new ClsJsonException(problem.code(), pointer, line, column, message);
  }

  /**
   * Writes a tree in canonical form (RFC 8785): object members sorted by the UTF-16 code units of
   * their names ({@link String#compareTo}), no whitespace, numbers in the ECMAScript form.
   *
   * @param tree a tree as {@link #read} builds: {@link Map} with string keys, {@link List}, {@link
   *     String}, {@link Double} (any other {@link Number} is written as its double value, a long within
   *     ±2<sup>53</sup> exactly), {@link Boolean} or {@link #NULL}
   * @param out the output
   * @throws IllegalArgumentException if the tree holds anything else, a non-finite number included
   */
  public static void write(Object tree, CanonicalOutput out) {
    if (!(tree instanceof Map) && !(tree instanceof List)) {
      scalar(tree, out);
      return;
    }
    // The open containers: at each depth the map (with its members sorted by name) or the list, and
    // the index of the next member or element to write.
    Object[] containers = new Object[16];
    Map.Entry<?, ?>[][] sortedMembers = new Map.Entry<?, ?>[16][];
    int[] next = new int[16];
    int depth = 0;
    begin(tree, 0, containers, sortedMembers, next, out);
    while (depth >= 0) {
      Object container = containers[depth];
      int i = next[depth];
      Object value;
      if (container instanceof Map) {
        Map.Entry<?, ?>[] members = sortedMembers[depth];
        if (i == members.length) {
          out.raw((byte) '}');
          containers[depth] = null;
          sortedMembers[depth] = null;
          depth--;
          continue;
        }
        if (i > 0) {
          out.raw((byte) ',');
        }
        out.string((String) members[i].getKey());
        out.raw((byte) ':');
        value = members[i].getValue();
      } else {
        List<?> array = (List<?>) container;
        if (i == array.size()) {
          out.raw((byte) ']');
          containers[depth] = null;
          depth--;
          continue;
        }
        if (i > 0) {
          out.raw((byte) ',');
        }
        value = array.get(i);
      }
      next[depth] = i + 1;
      if (value instanceof Map || value instanceof List) {
        depth++;
        if (depth == containers.length) {
          containers = Arrays.copyOf(containers, depth * 2);
          sortedMembers = Arrays.copyOf(sortedMembers, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
        }
        begin(value, depth, containers, sortedMembers, next, out);
      } else {
        scalar(value, out);
      }
    }
  }

  private static void begin(
      Object container, int depth, Object[] containers, Map.Entry<?, ?>[][] sortedMembers, int[] next,
      CanonicalOutput out) {
    containers[depth] = container;
    next[depth] = 0;
    if (container instanceof Map) {
      Map.Entry<?, ?>[] members = ((Map<?, ?>) container).entrySet().toArray(new Map.Entry<?, ?>[0]);
      for (Map.Entry<?, ?> member : members) {
        if (!(member.getKey() instanceof String)) {
          throw new IllegalArgumentException("not a JSON member name: " + member.getKey());
        }
      }
      if (members.length > 1) {
        Arrays.sort(members, BY_NAME);
      }
      sortedMembers[depth] = members;
      out.raw((byte) '{');
    } else {
      out.raw((byte) '[');
    }
  }

  private static void scalar(Object value, CanonicalOutput out) {
    if (value instanceof String) {
      out.string((String) value);
    } else if (value instanceof Double) {
      out.number((double) (Double) value);
    } else if (value instanceof Boolean) {
      out.bool((Boolean) value);
    } else if (value == NULL) {
      out.nul();
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      out.number(((Number) value).longValue());
    } else if (value instanceof Number) {
      out.number(((Number) value).doubleValue());
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value);
    }
  }
}
