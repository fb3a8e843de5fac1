package io.github.clsante.serialization;

import io.github.clsante.serialization.internal.CanonicalOutput;
import io.github.clsante.serialization.internal.Es6Number;
import io.github.clsante.serialization.internal.JsonSink;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A streaming JSON writer (écriture JSON) for documents other than contracts, such as reports: one
 * root value, written token by token, as {@code canonical} RFC 8785 text or as the same text indented
 * for people ({@code pretty}). It writes UTF-8 to an {@link OutputStream}, or characters to an {@link
 * Appendable}.
 *
 * <pre>{@code
 * JsonWriter json = JsonWriter.pretty(System.out);
 * json.beginObject()
 *     .member("code", finding.code())
 *     .member("line", 12)
 *     .member("valid", false)
 *     .endObject()
 *     .flush();
 * }</pre>
 *
 * <p><strong>Member order is the caller's.</strong> The members of an object must be written in RFC
 * 8785 order, their names sorted by UTF-16 code units ({@link String#compareTo(String)}), each once:
 * the writer checks it and throws {@link IllegalStateException} for a member out of order or written
 * twice. So nothing is ever buffered to be sorted, and the pretty form is the canonical form with
 * whitespace added: canonicalizing it ({@link ContractJson#canonicalize(byte[])}) gives the canonical
 * form, byte for byte.
 *
 * <p>The forms:
 * <ul>
 *   <li>canonical ({@link #canonical(OutputStream)}): RFC 8785, no whitespace at all;
 *   <li>pretty ({@link #pretty(OutputStream)}): each member and element on its own line, indented by
 *       two spaces, a space after each colon, empty objects and arrays written {@code {}} and {@code
 *       []}, and a newline after the root value.
 * </ul>
 * In both, strings are escaped as RFC 8785 §3.2.2.2 requires (only {@code "}, {@code \} and the
 * controls below U+0020; everything else as UTF-8), with one deviation: an unpaired UTF-16 surrogate,
 * which UTF-8 cannot encode, is written as a {@code \}{@code udxxx} escape (lower-case hex) instead of
 * failing. Numbers are written in the ECMAScript form RFC 8785 requires ({@link #numberText(double)}).
 *
 * <p>Errors: a misuse of the structure (a value where a member name is due, a member outside an object,
 * a member out of order, a second root value, closing what is not open, {@link #close()} before the
 * root value is complete) throws {@link IllegalStateException}; NaN or an infinity throws {@link
 * IllegalArgumentException}; a {@code null} argument throws {@link NullPointerException}; and a failure
 * of the stream or appendable is thrown as an {@link UncheckedIOException}. After an exception the text
 * written is not valid JSON: discard it.
 *
 * <p>Written text is kept in a buffer and passed on in pieces of about 8 KiB, by {@link #flush()} and
 * by {@link #close()}; neither closes the stream or appendable. Not thread-safe.
 */
public final class JsonWriter implements Flushable, AutoCloseable {

  /** How much is buffered before it is passed on. */
  private static final int FLUSH_AT = 8192;

  /** What the writer is in, at each depth. */
  private static final byte ROOT = 0;
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;

  private final CanonicalOutput out = new CanonicalOutput(FLUSH_AT + 1024);
  private final JsonSink sink;
  private final boolean pretty;
  private final OutputStream stream;
  private final Appendable text;

  /** The container at each depth, {@link #ROOT} at 0. */
  private byte[] containers = new byte[16];
  /** The last member name written at each depth whose container is an object, or {@code null}. */
  private String[] lastMembers = new String[16];
  private int depth;
  /** Whether a member name was written and its value is due. */
  private boolean memberPending;
  /** Whether the root value is complete. */
  private boolean complete;

  private JsonWriter(boolean pretty, OutputStream stream, Appendable text) {
    this.pretty = pretty;
    this.stream = stream;
    this.text = text;
    this.sink = new JsonSink(out, pretty);
    containers[0] = ROOT;
  }

  /**
   * Returns a writer of the canonical form (RFC 8785, no whitespace), in UTF-8, to a stream.
   *
   * @param out the stream, which the writer never closes
   * @return the writer
   */
  public static JsonWriter canonical(OutputStream out) {
    return new JsonWriter(false, Objects.requireNonNull(out, "out"), null);
  }

  /**
   * Returns a writer of the canonical form (RFC 8785, no whitespace), as characters, to an appendable
   * such as a {@link StringBuilder}.
   *
   * @param out the appendable, which the writer never closes
   * @return the writer
   */
  public static JsonWriter canonical(Appendable out) {
    return new JsonWriter(false, null, Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns a writer of the pretty form (indented by two spaces, ending with a newline), in UTF-8, to a
   * stream.
   *
   * @param out the stream, which the writer never closes
   * @return the writer
   */
  public static JsonWriter pretty(OutputStream out) {
    return new JsonWriter(true, Objects.requireNonNull(out, "out"), null);
  }

  /**
   * Returns a writer of the pretty form (indented by two spaces, ending with a newline), as characters,
   * to an appendable such as a {@link StringBuilder}.
   *
   * @param out the appendable, which the writer never closes
   * @return the writer
   */
  public static JsonWriter pretty(Appendable out) {
    return new JsonWriter(true, null, Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns the text RFC 8785 writes for a number: the ECMAScript form of a double ({@code
   * Number.prototype.toString}): {@code 12000}, {@code 0.5}, {@code 1e+21}, {@code 1.5e-7}; {@code -0}
   * is written {@code 0}.
   *
   * @param value a finite double
   * @return the number as JSON text
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold
   */
  public static String numberText(double value) {
    return Es6Number.format(value);
  }

  /**
   * Opens an object, as the root value, an element of the current array, or the value of the member
   * just named.
   *
   * @return this writer
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter beginObject() {
    beforeValue();
    sink.beginObject();
    push(OBJECT);
    return this;
  }

  /**
   * Closes the current object.
   *
   * @return this writer
   * @throws IllegalStateException if the current container is not an object, or a member's value is
   *     due
   */
  public JsonWriter endObject() {
    if (containers[depth] != OBJECT || memberPending) {
      throw misuse(memberPending ? "the value of member \"" + lastMembers[depth] + "\" is due" : "no object is open");
    }
    sink.endObject();
    pop();
    return this;
  }

  /**
   * Opens an array, as the root value, an element of the current array, or the value of the member
   * just named.
   *
   * @return this writer
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter beginArray() {
    beforeValue();
    sink.beginArray();
    push(ARRAY);
    return this;
  }

  /**
   * Closes the current array.
   *
   * @return this writer
   * @throws IllegalStateException if the current container is not an array
   */
  public JsonWriter endArray() {
    if (containers[depth] != ARRAY) {
      throw misuse("no array is open");
    }
    sink.endArray();
    pop();
    return this;
  }

  /**
   * Names the next member of the current object; its value follows.
   *
   * @param name the member name, after the previous member's name in RFC 8785 order
   * @return this writer
   * @throws IllegalStateException if no object is open, a member's value is due, or the name does not
   *     come after the previous member's (sorted by UTF-16 code units, each name once)
   */
  public JsonWriter member(String name) {
    Objects.requireNonNull(name, "name");
    if (containers[depth] != OBJECT || memberPending) {
      throw misuse(memberPending ? "the value of member \"" + lastMembers[depth] + "\" is due"
          : "a member name outside an object");
    }
    String previous = lastMembers[depth];
    if (previous != null && previous.compareTo(name) >= 0) {
      throw misuse(previous.equals(name) ? "member \"" + name + "\" written twice"
          : "member \"" + name + "\" after \"" + previous + "\": members go in RFC 8785 order");
    }
    lastMembers[depth] = name;
    sink.member(name);
    memberPending = true;
    return this;
  }

  /**
   * Writes a member with a string value: {@code member(name).value(value)}.
   *
   * @param name the member name, in order (see {@link #member(String)})
   * @param value the string
   * @return this writer
   * @throws IllegalStateException as {@link #member(String)}
   */
  public JsonWriter member(String name, String value) {
    return member(name).value(value);
  }

  /**
   * Writes a member with a whole-number value: {@code member(name).value(value)}.
   *
   * @param name the member name, in order (see {@link #member(String)})
   * @param value the number
   * @return this writer
   * @throws IllegalStateException as {@link #member(String)}
   */
  public JsonWriter member(String name, long value) {
    return member(name).value(value);
  }

  /**
   * Writes a member with a boolean value: {@code member(name).value(value)}.
   *
   * @param name the member name, in order (see {@link #member(String)})
   * @param value the boolean
   * @return this writer
   * @throws IllegalStateException as {@link #member(String)}
   */
  public JsonWriter member(String name, boolean value) {
    return member(name).value(value);
  }

  /**
   * Writes a string.
   *
   * @param value the string (see the class description for its escaping)
   * @return this writer
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter value(String value) {
    Objects.requireNonNull(value, "value");
    beforeValue();
    out.string(value);
    return afterValue();
  }

  /**
   * Writes a whole number. Within ±2<sup>53</sup> its digits are exact; beyond, RFC 8785 writes the
   * nearest double ({@code 9007199254740993} is written {@code 9007199254740992}).
   *
   * @param value the number
   * @return this writer
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter value(long value) {
    beforeValue();
    out.number(value);
    return afterValue();
  }

  /**
   * Writes a number in the ECMAScript form RFC 8785 requires ({@link #numberText(double)}).
   *
   * @param value a finite double
   * @return this writer
   * @throws IllegalArgumentException if the value is NaN or infinite; nothing is written then
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a JSON number: " + value);
    }
    beforeValue();
    out.number(value);
    return afterValue();
  }

  /**
   * Writes a decimal number as RFC 8785 writes it: the ECMAScript form of the double nearest to it,
   * which is the decimal itself, without trailing zeros, for up to 15 significant digits ({@code
   * 1500.50} is written {@code 1500.5}, {@code 12000.00} {@code 12000}); a number too close to zero for
   * a double is written {@code 0}.
   *
   * @param value the number
   * @return this writer
   * @throws IllegalArgumentException if the number is beyond the range of a double; nothing is written
   *     then
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter value(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return value(value.doubleValue());
  }

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   * @return this writer
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.bool(value);
    return afterValue();
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   * @throws IllegalStateException if no value is due here
   */
  public JsonWriter nullValue() {
    beforeValue();
    out.nul();
    return afterValue();
  }

  /**
   * Passes what is buffered on to the stream or appendable, and flushes a stream.
   *
   * @throws UncheckedIOException if the stream or appendable fails
   */
  @Override
  public void flush() {
    passOn();
    if (stream != null) {
      try {
        stream.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Ends the document: checks that its root value is complete and {@linkplain #flush() flushes}. The
   * stream or appendable is not closed.
   *
   * @throws IllegalStateException if the root value is not written, or not closed
   * @throws UncheckedIOException if the stream or appendable fails
   */
  @Override
  public void close() {
    if (!complete) {
      throw misuse(depth == 0 ? "no value written" : "the root value is not closed");
    }
    flush();
  }

  private void beforeValue() {
    if (complete) {
      throw misuse("the root value is already written");
    }
    if (containers[depth] == OBJECT && !memberPending) {
      throw misuse("a value in an object needs a member name first");
    }
    if (containers[depth] == ARRAY) {
      sink.element();
    }
    memberPending = false;
  }

  private JsonWriter afterValue() {
    if (depth == 0) {
      complete = true;
      if (pretty) {
        out.raw((byte) '\n');
      }
    }
    if (out.size() >= FLUSH_AT) {
      passOn();
    }
    return this;
  }

  private void push(byte container) {
    depth++;
    if (depth == containers.length) {
      containers = Arrays.copyOf(containers, depth * 2);
      lastMembers = Arrays.copyOf(lastMembers, depth * 2);
    }
    containers[depth] = container;
    lastMembers[depth] = null;
  }

  private void pop() {
    lastMembers[depth] = null;
    depth--;
    afterValue();
  }

  /** Writes the buffer to the target and empties it; the buffer always ends after a whole token. */
  private void passOn() {
    if (out.size() == 0) {
      return;
    }
    try {
      if (stream != null) {
        out.writeTo(stream);
      } else {
        text.append(new String(out.toByteArray(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.reset();
  }

  private static IllegalStateException misuse(String what) {
    return new IllegalStateException("JSON writer: " + what);
  }
}
