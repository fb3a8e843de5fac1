package io.github.clsante.serialization.internal;

import io.github.clsante.model.report.SourceLocation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the values of one document are (emplacements des valeurs), recorded compactly during the
 * read: one entry per value marked, in five arrays indexed by the value's ordinal (its first child and
 * next sibling, its member name or array index, its byte offset), each held as chunks of
 * 16,384 entries, so that a large document neither copies its arrays as they grow nor
 * allocates arrays large enough for the collector to treat apart (G1 places an object of half a
 * region or more, from 0.5 MB by heap size, in regions of its own). No JSON Pointer, line or
 * column is built while reading: {@link #locationOf(String)} walks the pointer asked for down the
 * recorded tree, then finds that one value's line (from an index of line starts built on the first
 * query) and its UTF-16 column.
 *
 * <p>Entries that the path of a marked value passes through without being marked themselves are kept
 * without a location, so that the tree is complete; a pointer is located at its deepest recorded
 * value, as {@code ReadResult.locationOf} documents. Safe for use by several threads once recorded.
 */
public final class Locations {

  /** No location recorded. */
  public static final Locations NONE = new Locations(new byte[0]);

  private static final int BYTES_PER_VALUE = 28;
  private static final int CHUNK_BITS = 14;
  /** Entries per chunk: 64 KB per array of ints. */
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private final byte[] input;
  private int count;
  // Five arrays by ordinal, in chunks (ordinal >>> CHUNK_BITS, then ordinal & MASK): the tree (first
  // child, next sibling), the step from the parent (member name, or null and the array index), and the
  // byte offset where the value starts (-1: not located). Lines and columns are not kept: a query
  // derives them from the offset and the input. The first chunk starts at the document's expected
  // size, when smaller than a chunk, and grows to a whole one; the others are whole from the start.
  private int[][] firstChild;
  private int[][] nextSibling;
  private String[][] names;
  private int[][] indexes;
  private int[][] offsets;
  private int root = -1;
  // The last child added under the open value of each depth: values are added in document order, so
  // a value gets its children while it is the open one of its depth (no last-child array per value).
  private int[] openParent = new int[16];
  private int[] openLast = new int[16];

  // Where each line starts, as jackson-core counts lines (LF, CR LF or a lone CR end one): built on
  // the first query, so that a document read without a finding never pays for it.
  private int[] lineStarts;
  // Queries in document order convert each line once.
  private final Utf16Columns utf16;
  // The elements of each array a query went into, by the array's ordinal: built on its first query,
  // so that a report's many findings in one array cost one walk of it.
  private Map<Integer, int[]> arrays;

  /**
   * Creates an empty record for a document.
   *
   * @param input the document's bytes, to turn byte columns into UTF-16 columns when asked
   */
  public Locations(byte[] input) {
    this.input = input;
    this.utf16 = new Utf16Columns(input);
    // Sized from the document's size, so that a read seldom grows them: a value takes about 38 bytes of
    // an indented contract, 25 of a canonical one.
    int expected = Math.max(64, input.length / BYTES_PER_VALUE);
    int chunks = (expected >>> CHUNK_BITS) + 1;
    firstChild = new int[chunks][];
    nextSibling = new int[chunks][];
    names = new String[chunks][];
    indexes = new int[chunks][];
    offsets = new int[chunks][];
    chunk(0, Math.min(expected, CHUNK));
  }

  /** Allocates chunk {@code c} with room for {@code size} entries, the outer arrays grown if needed. */
  private void chunk(int c, int size) {
    if (c == firstChild.length) {
      int chunks = c * 2;
      firstChild = Arrays.copyOf(firstChild, chunks);
      nextSibling = Arrays.copyOf(nextSibling, chunks);
      names = Arrays.copyOf(names, chunks);
      indexes = Arrays.copyOf(indexes, chunks);
      offsets = Arrays.copyOf(offsets, chunks);
    }
    firstChild[c] = new int[size];
    nextSibling[c] = new int[size];
    names[c] = new String[size];
    indexes[c] = new int[size];
    offsets[c] = new int[size];
  }

  /** Grows the first chunk, smaller than a whole one, to twice its size (at most a whole one). */
  private void growFirstChunk() {
    int size = Math.min(CHUNK, firstChild[0].length * 2);
    firstChild[0] = Arrays.copyOf(firstChild[0], size);
    nextSibling[0] = Arrays.copyOf(nextSibling[0], size);
    names[0] = Arrays.copyOf(names[0], size);
    indexes[0] = Arrays.copyOf(indexes[0], size);
    offsets[0] = Arrays.copyOf(offsets[0], size);
  }

  private int firstChild(int node) {
    return firstChild[node >>> CHUNK_BITS][node & MASK];
  }

  private int nextSibling(int node) {
    return nextSibling[node >>> CHUNK_BITS][node & MASK];
  }

  private String name(int node) {
    return names[node >>> CHUNK_BITS][node & MASK];
  }

  private int index(int node) {
    return indexes[node >>> CHUNK_BITS][node & MASK];
  }

  private int offset(int node) {
    return offsets[node >>> CHUNK_BITS][node & MASK];
  }

  /**
   * Adds a value without a location yet. Values are added in document order: a value after its parent,
   * and after its earlier siblings and their descendants.
   *
   * @param depth the value's depth: 0 for the root, its parent's depth plus one otherwise
   * @param parent the parent's ordinal, or -1 for the root
   * @param name the member name, or {@code null} for an array element
   * @param index the array index (ignored for a member)
   * @return the value's ordinal
   */
  int add(int depth, int parent, String name, int index) {
    int ordinal = count;
    int c = ordinal >>> CHUNK_BITS;
    int i = ordinal & MASK;
    if (c > 0 && i == 0) {
      chunk(c, CHUNK);
    } else if (c == 0 && i == firstChild[0].length) {
      growFirstChunk();
    }
    if (depth >= openParent.length) {
      openParent = Arrays.copyOf(openParent, depth * 2);
      openLast = Arrays.copyOf(openLast, depth * 2);
    }
    count++;
    firstChild[c][i] = -1;
    nextSibling[c][i] = -1;
    names[c][i] = name;
    indexes[c][i] = index;
    offsets[c][i] = -1;
    if (parent < 0) {
      root = ordinal;
    } else if (openParent[depth] != parent || firstChild(parent) < 0) {
      firstChild[parent >>> CHUNK_BITS][parent & MASK] = ordinal;
    } else {
      int last = openLast[depth];
      nextSibling[last >>> CHUNK_BITS][last & MASK] = ordinal;
    }
    if (parent >= 0) {
      openParent[depth] = parent;
      openLast[depth] = ordinal;
    }
    return ordinal;
  }

  /**
   * Sets where a value starts, as jackson-core gives it.
   *
   * @param ordinal the value
   * @param byteOffset the byte offset, or -1 when unknown (the value is then not located: its nearest
   *     located ancestor is)
   */
  void locate(int ordinal, long byteOffset) {
    offsets[ordinal >>> CHUNK_BITS][ordinal & MASK] =
        byteOffset < 0 || byteOffset >= input.length ? -1 : (int) byteOffset;
  }

  /**
   * Returns the location of the value a JSON Pointer designates or, when the document does not have
   * it, of its nearest recorded ancestor.
   *
   * @param pointer an RFC 6901 JSON Pointer
   * @return the location, or empty when none is recorded on the pointer's path
   * @throws StringIndexOutOfBoundsException if the pointer is neither empty nor starts with {@code /}
   *     and is not located (as the map of pointers this record replaces did)
   */
  public synchronized Optional<SourceLocation> locationOf(String pointer) {
    int node = root;
    int best = node >= 0 && offset(node) >= 0 ? node : -1;
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new StringIndexOutOfBoundsException("not a JSON Pointer: " + pointer);
    }
    int at = 0;
    while (node >= 0 && at < pointer.length()) {
      int end = pointer.indexOf('/', at + 1);
      if (end < 0) {
        end = pointer.length();
      }
      node = child(node, pointer, at + 1, end);
      if (node >= 0 && offset(node) >= 0) {
        best = node;
      }
      at = end;
    }
    return best < 0 ? Optional.empty() : Optional.of(location(best));
  }

  /** The child of {@code parent} that the pointer's segment {@code [from, to)} names, or -1. */
  private int child(int parent, String pointer, int from, int to) {
    int first = firstChild(parent);
    if (first < 0) {
      return -1;
    }
    if (name(first) == null) {
      int index = index(pointer, from, to);
      if (index < 0) {
        return -1;
      }
      int[] elements = elements(parent, first);
      return index < elements.length ? elements[index] : -1;
    }
    int found = -1;
    for (int node = first; node >= 0; node = nextSibling(node)) {
      String name = name(node);
      if (name != null && segmentIs(pointer, from, to, name)) {
        found = node; // the last one recorded, as a map's put keeps
      }
    }
    return found;
  }

  /** The ordinals of an array's elements, by index (an element never marked: -1). */
  private int[] elements(int array, int first) {
    if (arrays == null) {
      arrays = new HashMap<>();
    }
    int[] elements = arrays.get(array);
    if (elements == null) {
      int size = 0;
      for (int node = first; node >= 0; node = nextSibling(node)) {
        size = Math.max(size, index(node) + 1);
      }
      elements = new int[size];
      Arrays.fill(elements, -1);
      for (int node = first; node >= 0; node = nextSibling(node)) {
        if (elements[index(node)] < 0) {
          elements[index(node)] = node; // the first recorded, as the walk along the siblings found
        }
      }
      arrays.put(array, elements);
    }
    return elements;
  }

  /** An array index as RFC 6901 writes it (no sign, no leading zero), or -1. */
  private static int index(String pointer, int from, int to) {
    if (from == to || to - from > 9 || (pointer.charAt(from) == '0' && to - from > 1)) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = pointer.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Whether the escaped segment {@code [from, to)} of the pointer is the member name. */
  private static boolean segmentIs(String pointer, int from, int to, String name) {
    int n = 0;
    int length = name.length();
    for (int i = from; i < to; i++, n++) {
      char c = pointer.charAt(i);
      if (c == '~') {
        if (i + 1 >= to) {
          return false;
        }
        char next = pointer.charAt(++i);
        c = next == '0' ? '~' : next == '1' ? '/' : 0;
        if (c == 0) {
          return false;
        }
      }
      if (n >= length || name.charAt(n) != c) {
        return false;
      }
    }
    return n == length;
  }

  /** A value's line and UTF-16 column, from its offset. */
  private SourceLocation location(int node) {
    int offset = offset(node);
    if (lineStarts == null) {
      lineStarts = lineStarts(input);
    }
    int line = Arrays.binarySearch(lineStarts, offset);
    line = line >= 0 ? line : -line - 2; // the last line starting at or before the offset
    return utf16.at(line + 1, offset - lineStarts[line] + 1, offset);
  }

  /** Where each line starts: 0, then after each LF, CR LF or lone CR, as jackson-core counts lines. */
  static int[] lineStarts(byte[] input) {
    int[] starts = new int[16];
    int lines = 1;
    for (int i = 0; i < input.length; i++) {
      byte b = input[i];
      if (b == '\n' || b == '\r' && (i + 1 >= input.length || input[i + 1] != '\n')) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, lines);
  }
}
