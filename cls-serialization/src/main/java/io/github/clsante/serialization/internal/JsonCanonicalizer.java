package io.github.clsante.serialization.internal;

import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Canonicalizes any JSON text per RFC 8785 (JSON Canonicalization Scheme), and computes SHA-256
 * digests.
 *
 * <p>The text must be well-formed UTF-8 (checked here: jackson-core lets overlong forms through)
 * without byte order mark, hold exactly one JSON value, have no duplicate
 * member name, no number beyond the range of a double and no unpaired surrogate (RFC 8785 §3.1 and
 * §3.2.2.2). Limits: the nesting depth given, numbers of at most 1000 characters, strings of at most
 * 100,000,000 characters, member names of at most 50,000 (jackson-core's default).
 */
public final class JsonCanonicalizer {

  private static final int MAX_NUMBER_LENGTH = Shapes.PARSER_MAX_NUMBER_LENGTH;
  private static final int MAX_STRING_LENGTH = 100_000_000;

  /** Factories by nesting limit: building one costs far more than a small document's parse. */
  private static final Map<Integer, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_FACTORIES = 16;

  /** Eight bytes of an array as one long, for the UTF-8 check's ASCII fast path. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: zero for eight ASCII bytes. */
  private static final long NON_ASCII = 0x8080808080808080L;

  private JsonCanonicalizer() {}

  /**
   * Returns the RFC 8785 form of a JSON text: members sorted by the UTF-16 code units of their names,
   * numbers in the ECMAScript form, minimal string escaping, no whitespace, UTF-8.
   *
   * @param json the text, UTF-8 without byte order mark
   * @param maxNestingDepth the deepest nesting of arrays and objects accepted
   * @return the canonical bytes
   * @throws ClsJsonException for anything but a single valid JSON value within the limits, with the
   *     code of the {@link ReadProblem} and, when known, the line and column (columns as jackson-core
   *     counts them: in bytes): {@code CLS-JSON-ENCODING} (byte order mark, UTF-16 or UTF-32, invalid
   *     UTF-8), {@code CLS-JSON-EMPTY}, {@code CLS-JSON-SYNTAX}, {@code CLS-JSON-TRAILING-CONTENT},
   *     {@code CLS-JSON-TOO-DEEP}, {@code CLS-JSON-NUMBER-TOO-LONG}, {@code CLS-JSON-STRING-TOO-LONG},
   *     {@code CLS-JSON-DUPLICATE-MEMBER}, {@code CLS-JSON-NUMBER-OUT-OF-RANGE} (beyond the range of a
   *     double; a number too close to zero for a double is 0, as RFC 8785 reads it) or {@code CLS-JSON-INVALID-STRING} (an unpaired surrogate)
   * @throws IllegalArgumentException if {@code maxNestingDepth} is negative
   * @throws NullPointerException if {@code json} is null
   */
  public static byte[] canonicalize(byte[] json, int maxNestingDepth) {
    return canonicalize(json, maxNestingDepth, CanonicalOutput::toByteArray);
  }

  /**
   * Returns the canonical form of a JSON text given as Java text, as {@link #canonicalize(byte[], int)}
   * writes its UTF-8 bytes, read from its characters and written as characters ({@link CanonicalText}):
   * neither the input nor the output is encoded to bytes. The problems are those of the UTF-8 bytes, with the same codes: a
   * byte order mark ({@code U+FEFF}) first, or a NUL character among the characters of the first four
   * bytes, is {@code CLS-JSON-ENCODING}, as those bytes are; an unpaired surrogate in a string or a
   * member name is {@code CLS-JSON-INVALID-STRING} at that value, and anywhere else a syntax error.
   * Columns count the text's characters (UTF-16 code units), as {@link ClsJsonException#column()} says.
   *
   * @param json the text
   * @param maxNestingDepth the deepest nesting accepted
   * @return the canonical text
   * @throws ClsJsonException as {@link #canonicalize(byte[], int)} does
   * @throws IllegalArgumentException if {@code maxNestingDepth} is negative
   * @throws NullPointerException if {@code json} is null
   */
  public static String canonicalizeToText(String json, int maxNestingDepth) {
    Objects.requireNonNull(json, "json");
    JsonFactory factory = factory(maxNestingDepth);
    if (startsWithByteOrderMarkOrNul(json)) {
      throw new ClsJsonException(ReadProblem.ENCODING.code(), "", 1, 1,
          "not UTF-8 without byte order mark (a byte order mark, UTF-16 or UTF-32)");
    }
    JsonParser created;
    try {
      created = factory.createParser(ObjectReadContext.empty(), json);
    } catch (JacksonException e) {
      throw at(ReadProblem.SYNTAX, e.getLocation(), String.valueOf(e.getOriginalMessage()));
    }
    CanonicalText out = new CanonicalText(json.length());
    return canonicalize(created, parser -> StreamingCanonicalizer.write(parser, out), out::toText);
  }

  private static <R> R canonicalize(byte[] json, int maxNestingDepth,
      java.util.function.Function<CanonicalOutput, R> result) {
    Objects.requireNonNull(json, "json");
    JsonFactory factory = factory(maxNestingDepth);
    if (hasByteOrderMarkOrIsNotUtf8(json)) {
      throw new ClsJsonException(ReadProblem.ENCODING.code(), "", 1, 1,
          "not UTF-8 without byte order mark (a byte order mark, UTF-16 or UTF-32)");
    }
    int invalid = firstInvalidUtf8(json);
    if (invalid >= 0) {
      throw encodingError(json, invalid);
    }
    JsonParser created;
    try {
      created = factory.createParser(ObjectReadContext.empty(), json);
    } catch (JacksonException e) {
      throw at(ReadProblem.SYNTAX, e.getLocation(), String.valueOf(e.getOriginalMessage()));
    }
    CanonicalOutput out = new CanonicalOutput(json.length);
    return canonicalize(created, parser -> StreamingCanonicalizer.write(parser, out, json), () -> result.apply(out));
  }

  /** Writes the canonical form of what a parser reads ({@code write}), then returns the result. */
  private static <R> R canonicalize(JsonParser created, java.util.function.Consumer<JsonParser> write,
      java.util.function.Supplier<R> result) {
    try (JsonParser parser = created) {
      try {
        if (parser.nextToken() == null) {
          throw at(ReadProblem.EMPTY, parser.currentLocation(), "no JSON value");
        }
        write.accept(parser); // no tree: written as it is read
        trailing(parser);
        return result.get();
      } catch (StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        ReadProblem problem =
            message.startsWith("Document nesting depth") ? ReadProblem.TOO_DEEP
                : message.startsWith("Number value length") ? ReadProblem.NUMBER_TOO_LONG
                : message.startsWith("String value length") || message.startsWith("Name length")
                    ? ReadProblem.STRING_TOO_LONG
                    : ReadProblem.SYNTAX;
        throw at(problem, parser.currentLocation(), message); // these carry no location of their own
      } catch (JacksonException e) {
        throw fromJackson(e, ReadProblem.SYNTAX, parser);
      }
    }
  }

  /**
   * What makes the UTF-8 bytes of a text refused before they are parsed ({@link
   * #hasByteOrderMarkOrIsNotUtf8}): a byte order mark first, or a NUL character whose bytes start among
   * the first four (an unpaired surrogate counting the six bytes of its escape, as {@link Utf8#encode}
   * writes it).
   */
  private static boolean startsWithByteOrderMarkOrNul(String json) {
    int length = json.length();
    if (length > 0 && json.charAt(0) == '\uFEFF') {
      return true;
    }
    int bytes = 0;
    for (int i = 0; i < length && bytes < 4; i++) {
      char c = json.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(json.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += Character.isSurrogate(c) ? 6 : 3;
      }
    }
    return false;
  }

  /** After the root value: anything but whitespace up to the end is trailing content. */
  private static void trailing(JsonParser parser) {
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw at(ReadProblem.TRAILING_CONTENT, parser.currentLocation(), "content after the root value");
    } catch (JacksonException e) {
      throw fromJackson(e, ReadProblem.TRAILING_CONTENT, parser);
    }
    if (next != null) {
      throw at(ReadProblem.TRAILING_CONTENT, parser.currentTokenLocation(), "content after the root value");
    }
  }

  private static ClsJsonException fromJackson(JacksonException e, ReadProblem otherwise, JsonParser parser) {
    String message = String.valueOf(e.getOriginalMessage());
    ReadProblem problem =
        message.startsWith("Invalid UTF-8") ? ReadProblem.ENCODING
            // jackson-core itself refuses unpaired surrogates in member names (not in values)
            : message.contains("surrogate") && otherwise == ReadProblem.SYNTAX ? ReadProblem.INVALID_STRING
            : otherwise;
    TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    return at(problem, location, problem == ReadProblem.TRAILING_CONTENT ? "content after the root value" : message);
  }

  private static JsonFactory factory(int maxNestingDepth) {
    JsonFactory factory = FACTORIES.get(maxNestingDepth);
    if (factory == null) {
      factory = JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(maxNestingDepth)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .build())
          .build();
      if (FACTORIES.size() < MAX_CACHED_FACTORIES) {
        FACTORIES.putIfAbsent(maxNestingDepth, factory);
      }
    }
    return factory;
  }

  /**
   * A UTF-8 byte order mark (RFC 8785 output must be exact, so none is skipped), a UTF-16 or UTF-32
   * one, or a NUL byte among the first four (UTF-16 or UTF-32 without byte order mark: JSON text
   * starts with an ASCII character).
   */
  private static boolean hasByteOrderMarkOrIsNotUtf8(byte[] json) {
    if (json.length >= 2) {
      int b0 = json[0] & 0xFF;
      int b1 = json[1] & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)
          || (b0 == 0xEF && b1 == 0xBB && json.length >= 3 && (json[2] & 0xFF) == 0xBF)) {
        return true;
      }
    }
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the index of the first byte of the first ill-formed UTF-8 sequence (RFC 3629: overlong
   * forms, surrogates, code points beyond U+10FFFF and truncated sequences included), or -1. jackson-core
   * checks less (it decodes {@code C0 80} as U+0000 and {@code F4 90 80 80} as a surrogate pair).
   *
   * @param bytes the text
   * @return the index of the first bad byte, or -1 for well-formed UTF-8
   */
  public static int firstInvalidUtf8(byte[] bytes) {
    int length = bytes.length;
    int i = 0;
    int words = length - 7;
    while (i < length) {
      // Eight ASCII bytes at a time: most of a contract is ASCII, so the check costs a fraction of
      // the parse.
      while (i < words && ((long) LONGS.get(bytes, i) & NON_ASCII) == 0) {
        i += 8;
      }
      if (i >= length) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return i; // a continuation byte, or the lead of an overlong 2-byte form
      } else if (b < 0xE0) {
        if (i + 1 >= length || (bytes[i + 1] & 0xC0) != 0x80) {
          return i;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= length) {
          return i;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if ((b1 & 0xC0) != 0x80 || (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0)
            || (bytes[i + 2] & 0xC0) != 0x80) {
          return i; // overlong, surrogate, or not a continuation
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= length) {
          return i;
        }
        int b1 = bytes[i + 1] & 0xFF;
        if ((b1 & 0xC0) != 0x80 || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 >= 0x90)
            || (bytes[i + 2] & 0xC0) != 0x80 || (bytes[i + 3] & 0xC0) != 0x80) {
          return i; // overlong, beyond U+10FFFF, or not a continuation
        }
        i += 4;
      } else {
        return i;
      }
    }
    return -1;
  }

  /** The line and column (in bytes, as jackson-core counts: CR, LF and CR LF end a line) of a byte. */
  private static ClsJsonException encodingError(byte[] bytes, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new ClsJsonException(ReadProblem.ENCODING.code(), "", line, index - lineStart + 1,
        "invalid UTF-8 byte sequence");
  }

  private static ClsJsonException at(ReadProblem problem, TokenStreamLocation location, String message) {
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
    return new ClsJsonException(problem.code(), "", line, column, message);
  }

  /**
   * Returns the lower-case hex SHA-256 of bytes.
   *
   * @param bytes the bytes
   * @return 64 lower-case hex digits
   */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
