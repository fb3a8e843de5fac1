package io.github.clsante.model.report;

import org.immutables.value.Value;

/** A place in a text document: a line and a column, both counted from 1. */
@Value.Immutable
public interface SourceLocation extends WithSourceLocation {

  /**
   * Returns the line, counted from 1.
   *
   * @return the line number
   */
  @Value.Parameter
  int line();

  /**
   * Returns the column within the line, counted from 1 in characters (UTF-16 code units).
   *
   * @return the column number
   */
  @Value.Parameter
  int column();

  /**
   * Returns a location.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   */
  static SourceLocation of(int line, int column) {
    return ImmutableSourceLocation.of(line, column);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of source locations
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an immutable copy of a source location.
   *
   * @param sourceLocation the source location to copy
   * @return the copy, or the source location itself when it is already immutable
   */
  static SourceLocation copyOf(SourceLocation sourceLocation) {
    return ImmutableSourceLocation.copyOf(sourceLocation);
  }

  /** Builds a source location: set its values, then call {@code build()}; obtained from {@link SourceLocation#builder()}. */
  final class Builder extends ImmutableSourceLocation.Builder {
    Builder() {}
  }
}
