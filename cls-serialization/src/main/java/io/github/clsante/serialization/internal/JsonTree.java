package io.github.clsante.serialization.internal;

import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A minimal tree for any JSON value: objects as {@link LinkedHashMap}, arrays as {@link ArrayList},
 * strings, numbers as {@link Double} (RFC 8785 treats every number as an IEEE 754 double), booleans,
 * and {@link #NULL}. Used for extension data and for canonicalizing any JSON text.
 */
public final class JsonTree {

  /** The JSON {@code null}. */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private JsonTree() {}

  /**
   * Reads the value starting at the parser's current token, leaving the parser on its last token.
   *
   * @param parser the parser, on the value's first token
   * @param pointer the JSON Pointer of the value, for problems
   * @return the tree
   * @throws ClsJsonException on a duplicate member ({@code CLS-JSON-DUPLICATE-MEMBER}, the parser left
   *     on the duplicate name) or a number beyond the range of a double ({@code
   *     CLS-JSON-INVALID-NUMBER}); jackson-core's own exceptions pass through
   */
  public static Object read(JsonParser parser, String pointer) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          String member = JsonPointer.append(pointer, name);
          if (object.containsKey(name)) {
            throw problem(ReadProblem.DUPLICATE_MEMBER, member, parser.currentTokenLocation(),
                "duplicate member");
          }
          parser.nextToken();
          object.put(name, read(parser, member));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser, JsonPointer.append(pointer, array.size())));
        }
        return array;
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        double number = parser.getDoubleValue();
        if (Double.isInfinite(number)) {
          throw problem(ReadProblem.INVALID_NUMBER, pointer, parser.currentTokenLocation(),
              "number beyond the range of a double");
        }
        return number == 0.0 ? 0.0 : number;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("not the start of a value: " + token);
    }
  }

  private static ClsJsonException problem(
      ReadProblem problem, String pointer, TokenStreamLocation at, String message) {
    return new ClsJsonException(problem.code(), pointer, Math.max(at.getLineNr(), 0),
        Math.max(at.getColumnNr(), 0), message);
  }

  /**
   * Writes a tree in canonical form: members sorted by the UTF-16 code units of their names.
   *
   * @param tree a tree read by {@link #read}
   * @param out the output
   */
  public static void write(Object tree, CanonicalOutput out) {
    if (tree instanceof Map) {
      Map<?, ?> object = (Map<?, ?>) tree;
      String[] names = object.keySet().toArray(new String[0]);
      Arrays.sort(names);
      out.raw((byte) '{');
      for (int i = 0; i < names.length; i++) {
        if (i > 0) {
          out.raw((byte) ',');
        }
        out.string(names[i]);
        out.raw((byte) ':');
        write(object.get(names[i]), out);
      }
      out.raw((byte) '}');
    } else if (tree instanceof List) {
      List<?> array = (List<?>) tree;
      out.raw((byte) '[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.raw((byte) ',');
        }
        write(array.get(i), out);
      }
      out.raw((byte) ']');
    } else if (tree instanceof String) {
      out.string((String) tree);
    } else if (tree instanceof Double) {
      out.number((double) (Double) tree);
    } else if (tree instanceof Boolean) {
      out.bool((Boolean) tree);
    } else if (tree == NULL) {
      out.nul();
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + tree);
    }
  }
}
