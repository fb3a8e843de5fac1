package io.github.clsante.serialization.internal;

import java.util.Map;

/**
 * How one kind of value is read from JSON, written canonically and described in the JSON Schema: the
 * single declaration the reader, the writer and the schema share, so that they cannot disagree.
 *
 * @param <V> the Java type of the value
 */
public abstract class ValueShape<V> {

  /** Creates a shape. */
  protected ValueShape() {}

  /**
   * Reads the value starting at the parser's current token, leaving the parser on its last token.
   *
   * @param in the read context
   * @return the value, or {@code null} when it is invalid (a finding has then been recorded)
   */
  public abstract V read(ReadContext in);

  /**
   * Returns the value the reader puts where the model needs one and the document's could not be read:
   * a required member missing or invalid, an invalid element of a list (so that the elements after it
   * keep their positions). The place is then listed among the unreadable values, and rules that depend
   * on it are not applied.
   *
   * @return the placeholder: an empty text, zero, the first code of a closed list, an object built from
   *     its own placeholders
   */
  public abstract V placeholder();

  /**
   * Writes the value.
   *
   * @param value the value, never {@code null}
   * @param out the sink
   */
  public abstract void write(V value, JsonSink out);

  /**
   * Returns this shape's JSON Schema, as a tree of maps and lists.
   *
   * @return the schema
   */
  public abstract Map<String, Object> schema();

  /**
   * Returns the JSON type this shape expects, in the words of the WRONG_TYPE finding.
   *
   * @return {@code "string"}, {@code "integer"}, {@code "object"}…
   */
  public abstract String expected();

  /**
   * Returns the type as FORMAT.md names it ({@code "date"}, {@code "cents"}, a link to an object).
   *
   * @return the documented type, in Markdown
   */
  public abstract String documentedType();
}
