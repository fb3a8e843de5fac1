package io.github.clsante.serialization.internal;

/**
 * Writes JSON structure onto a {@link CanonicalOutput}: compact (RFC 8785) or pretty (two-space
 * indentation, a space after each colon), with the same member order.
 */
public final class JsonSink {

  private final CanonicalOutput out;
  private final boolean pretty;
  private boolean[] first = new boolean[32];
  private int depth;

  /**
   * Creates a sink.
   *
   * @param out the output
   * @param pretty whether to indent
   */
  public JsonSink(CanonicalOutput out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  /**
   * Returns the output.
   *
   * @return the output
   */
  public CanonicalOutput out() {
    return out;
  }

  /** Opens an object. */
  public void beginObject() {
    open((byte) '{');
  }

  /** Closes an object. */
  public void endObject() {
    close((byte) '}');
  }

  /** Opens an array. */
  public void beginArray() {
    open((byte) '[');
  }

  /** Closes an array. */
  public void endArray() {
    close((byte) ']');
  }

  /**
   * Starts a member of the current object.
   *
   * @param memberName the bytes of {@code "name":}
   */
  public void member(byte[] memberName) {
    separate();
    out.raw(memberName);
    if (pretty) {
      out.raw((byte) ' ');
    }
  }

  /**
   * Starts a member of the current object, its name escaped as {@link CanonicalOutput#string(String)}
   * escapes strings.
   *
   * @param name the member name
   */
  public void member(String name) {
    separate();
    out.string(name);
    out.raw((byte) ':');
    if (pretty) {
      out.raw((byte) ' ');
    }
  }

  /** Starts an element of the current array. */
  public void element() {
    separate();
  }

  private void open(byte bracket) {
    out.drainIfFull(); // between values: nothing written so far is gone back into
    out.raw(bracket);
    depth++;
    if (depth == first.length) {
      first = java.util.Arrays.copyOf(first, depth * 2);
    }
    first[depth] = true;
  }

  private void close(byte bracket) {
    boolean empty = first[depth];
    depth--;
    if (pretty && !empty) {
      newline();
    }
    out.raw(bracket);
    out.drainIfFull();
  }

  private void separate() {
    if (first[depth]) {
      first[depth] = false;
    } else {
      out.raw((byte) ',');
    }
    if (pretty) {
      newline();
    }
  }

  private void newline() {
    out.raw((byte) '\n');
    for (int i = 0; i < depth; i++) {
      out.raw((byte) ' ');
      out.raw((byte) ' ');
    }
  }
}
