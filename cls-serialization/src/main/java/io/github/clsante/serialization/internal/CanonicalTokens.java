package io.github.clsante.serialization.internal;

/**
 * Where {@link StreamingCanonicalizer} writes the RFC 8785 form of what it reads: UTF-8 bytes
 * ({@link CanonicalOutput}) or the characters of a text ({@link CanonicalText}), token by token, with
 * the same escaping and number forms.
 */
interface CanonicalTokens {

  /**
   * Writes one ASCII character of the JSON syntax.
   *
   * @param ascii the character, below 0x80
   */
  void raw(byte ascii);

  /**
   * Writes a string in double quotes, escaped per RFC 8785.
   *
   * @param s the string
   */
  void string(String s);

  /**
   * Writes a string given as characters unless it holds an unpaired surrogate.
   *
   * @param chars the characters
   * @param offset the first of the string
   * @param length how many
   * @return {@code false}, having written part of it, for an unpaired surrogate
   */
  boolean wellFormedString(char[] chars, int offset, int length);

  /**
   * Writes a whole number as RFC 8785 writes its double.
   *
   * @param value the number
   */
  void number(long value);

  /**
   * Writes a finite double in the ECMAScript form.
   *
   * @param value the number
   */
  void number(double value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nul();

  /**
   * Returns how much was written, in the output's units (bytes or characters).
   *
   * @return the size
   */
  int size();

  /**
   * Puts the segments of {@code [from, size())} in another order, joined by commas: the members of an
   * object written in document order, sorted once it is closed.
   *
   * @param from where the first segment starts
   * @param starts where each segment starts, in the order written; each but the last ends one unit (its
   *     comma) before the next starts, the last at {@link #size()}
   * @param order the segments' new order
   * @param count how many segments
   */
  void reorder(int from, int[] starts, int[] order, int count);
}
