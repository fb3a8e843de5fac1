package io.github.clsante.serialization.internal;

import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.serialization.ReadProblem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.base.ParserBase;

/**
 * Writes the RFC 8785 form of a JSON value straight from the parser's tokens (écriture canonique en
 * flux), in one pass and without a tree: each value is written as it is read, and the members of an
 * object, written in document order, are put in the order of their names' UTF-16 code units when the
 * object closes, only if the document did not already write them in that order. Problems are those of
 * {@link JsonTree#read}, at the same token, pointer, line and column.
 */
final class StreamingCanonicalizer {

  /** Above this many members, an object's names are looked up in a set rather than one by one. */
  private static final int LINEAR_NAMES = 16;

  private StreamingCanonicalizer() {}

  /** The state of one open object or array. */
  private static final class Frame {
    boolean object;
    int count;
    String[] names = new String[8];
    int[] starts = new int[8];
    boolean sorted;
    Set<String> nameSet;
    int index = -1;

    void open(boolean isObject) {
      object = isObject;
      count = 0;
      sorted = true;
      nameSet = null;
      index = -1;
    }

    /** Adds a member name; returns false if the object has it already. */
    boolean add(String name, int start) {
      if (count < LINEAR_NAMES) {
        for (int i = 0; i < count; i++) {
          if (names[i].equals(name)) {
            return false;
          }
        }
      } else {
        if (nameSet == null) {
          nameSet = new HashSet<>(Arrays.asList(names).subList(0, count));
        }
        if (!nameSet.add(name)) {
          return false;
        }
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
      }
      if (count > 0 && sorted && names[count - 1].compareTo(name) > 0) {
        sorted = false;
      }
      names[count] = name;
      starts[count] = start;
      count++;
      return true;
    }
  }

  /**
   * Writes the value starting at the parser's current token, leaving the parser on its last token; the
   * bytes of each string that is already in canonical form are copied from the document the parser
   * reads instead of being decoded and encoded again.
   *
   * @param parser the parser, on the value's first token, reading {@code document} from its first byte
   * @param out the output
   * @param document the document's bytes, valid UTF-8
   * @throws io.github.clsante.serialization.ClsJsonException as {@link JsonTree#read} with the base
   *     pointer {@code ""}
   */
  static void write(JsonParser parser, CanonicalOutput out, byte[] document) {
    write(parser, (CanonicalTokens) out, java.util.Objects.requireNonNull(document, "document"));
  }

  /**
   * Writes the value starting at the parser's current token as text, the parser reading characters.
   *
   * @param parser the parser, on the value's first token
   * @param out the output
   * @throws io.github.clsante.serialization.ClsJsonException as {@link JsonTree#read} with the base
   *     pointer {@code ""}
   */
  static void write(JsonParser parser, CanonicalText out) {
    write(parser, out, null);
  }

  /** Writes the value; {@code document} is the bytes the parser reads, whose output is then bytes too. */
  private static void write(JsonParser parser, CanonicalTokens out, byte[] document) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      ReadProblem problem = scalar(parser, token, out, document);
      if (problem != null) {
        throw JsonTree.problem(problem, "", parser.currentTokenLocation());
      }
      return;
    }
    Frame[] frames = new Frame[16];
    int depth = 0;
    frames[0] = new Frame();
    frames[0].open(token == JsonToken.START_OBJECT);
    out.raw((byte) (token == JsonToken.START_OBJECT ? '{' : '['));
    Integer[] order = null;
    int[] sortedOrder = null;
    while (true) {
      token = parser.nextToken();
      Frame frame = frames[depth];
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        if (frame.object && !frame.sorted) {
          int count = frame.count;
          if (order == null || order.length < count) {
            order = new Integer[Math.max(count, 16)];
            sortedOrder = new int[order.length];
          }
          for (int i = 0; i < count; i++) {
            order[i] = i;
          }
          String[] names = frame.names;
          Arrays.sort(order, 0, count, (a, b) -> names[a].compareTo(names[b]));
          for (int i = 0; i < count; i++) {
            sortedOrder[i] = order[i];
          }
          out.reorder(frame.starts[0], frame.starts, sortedOrder, count);
        }
        out.raw((byte) (frame.object ? '}' : ']'));
        if (depth == 0) {
          return;
        }
        depth--;
        continue;
      }
      if (frame.object) {
        String name = parser.currentName();
        if (frame.count > 0) {
          out.raw((byte) ',');
        }
        if (!frame.add(name, out.size())) {
          throw JsonTree.problem(ReadProblem.DUPLICATE_MEMBER, pointer(frames, depth, name),
              parser.currentTokenLocation());
        }
        if (JsonTree.hasUnpairedSurrogate(name)) {
          throw JsonTree.problem(ReadProblem.INVALID_STRING, pointer(frames, depth, name),
              parser.currentTokenLocation());
        }
        out.string(name);
        out.raw((byte) ':');
        token = parser.nextToken();
      } else {
        if (frame.index >= 0) {
          out.raw((byte) ',');
        }
        frame.index++;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
        if (depth == frames.length) {
          frames = Arrays.copyOf(frames, depth * 2);
        }
        if (frames[depth] == null) {
          frames[depth] = new Frame();
        }
        frames[depth].open(token == JsonToken.START_OBJECT);
        out.raw((byte) (token == JsonToken.START_OBJECT ? '{' : '['));
      } else {
        ReadProblem problem = scalar(parser, token, out, document);
        if (problem != null) {
          throw JsonTree.problem(problem, pointer(frames, depth, frame.object ? frame.names[frame.count - 1] : null),
              parser.currentTokenLocation());
        }
      }
    }
  }

  /** Writes a scalar; returns its problem instead when it has one. */
  private static ReadProblem scalar(JsonParser parser, JsonToken token, CanonicalTokens out, byte[] document) {
    if (token == null) {
      throw new IllegalStateException("not on the first token of a value: end of input");
    }
    switch (token) {
      case VALUE_STRING:
        if (document != null && copied(parser, (CanonicalOutput) out, document)) { // bytes read, bytes written
          return null;
        }
        // The parser's characters, written and checked for unpaired surrogates in one pass.
        return out.wellFormedString(parser.getStringCharacters(), parser.getStringOffset(),
            parser.getStringLength()) ? null : ReadProblem.INVALID_STRING;
      case VALUE_NUMBER_INT:
        // A whole number that fits a long is written from it, exactly as from its double (number(long)
        // goes through the double beyond 2^53); -0 is 0. Larger ones take the double's path.
        if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          out.number(parser.getLongValue());
          return null;
        }
        return decimal(parser, out);
      case VALUE_NUMBER_FLOAT:
        return decimal(parser, out);
      case VALUE_TRUE:
        out.bool(true);
        return null;
      case VALUE_FALSE:
        out.bool(false);
        return null;
      case VALUE_NULL:
        out.nul();
        return null;
      default:
        throw new IllegalStateException("not on the first token of a value: " + token);
    }
  }

  /** Writes a number through its double, the RFC 8785 way; returns its problem instead when it has one. */
  private static ReadProblem decimal(JsonParser parser, CanonicalTokens out) {
    double number = parser.getDoubleValue();
    if (Double.isInfinite(number)) {
      return ReadProblem.NUMBER_OUT_OF_RANGE;
    }
    out.number(number == 0.0 ? 0.0 : number); // -0 is 0
    return null;
  }


  /**
   * Copies the string at the parser's current token from the document when its bytes are its canonical
   * form: no escape sequence (a backslash starts one, which must be decoded: an escaped letter, slash
   * or surrogate; unpaired surrogates only come from escapes) and no control character (the parser
   * refuses those when it reads or skips the string). The document being valid UTF-8, the bytes between
   * the quotes are then exactly what RFC 8785 writes. Returns false, having written nothing, otherwise.
   */
  private static boolean copied(JsonParser parser, CanonicalOutput out, byte[] document) {
    // A value's start as currentTokenLocation() gives it (_tokenInputTotal - 1), without its allocation.
    long offset = parser instanceof ParserBase && parser.currentToken() != JsonToken.PROPERTY_NAME
        ? ((ParserBase) parser).getTokenCharacterOffset() - 1
        : parser.currentTokenLocation().getByteOffset();
    if (offset < 0 || offset >= document.length || document[(int) offset] != '"') {
      return false;
    }
    int start = (int) offset;
    int end = start + 1;
    while (end < document.length) {
      byte b = document[end];
      if (b == '"') {
        out.raw(document, start, end + 1);
        return true;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        return false;
      }
      end++;
    }
    return false;
  }

  /** The pointer of the value being read at {@code depth}, whose name (in an object) is {@code name}. */
  private static String pointer(Frame[] frames, int depth, String name) {
    String pointer = "";
    for (int d = 0; d < depth; d++) {
      Frame frame = frames[d];
      pointer = frame.object ? JsonPointer.append(pointer, frame.names[frame.count - 1])
          : JsonPointer.append(pointer, frame.index);
    }
    Frame here = frames[depth];
    return here.object ? JsonPointer.append(pointer, name) : JsonPointer.append(pointer, here.index);
  }
}
