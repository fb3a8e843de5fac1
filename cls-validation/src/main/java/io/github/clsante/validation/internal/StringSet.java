package io.github.clsante.validation.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A set of strings met during a validation (chaînes déjà vues): the ids, for {@code
 * CLS-REF-DUPLICATE-ID}, the ids of the sheets, for the references to them, and the printed numbers of
 * axes and sheets, for their duplicates. It does what a {@code HashSet<String>} would for these uses
 * ({@link #add}, {@link #contains}, and the strings in the order they came, for a suggestion) without a
 * node allocated per string.
 *
 * <p>The strings are kept in the order they came, in one array written from its start; the table is
 * one {@code long[]}, probed linearly, each slot holding a string's hash (high half) and its position in
 * that array plus one (low half), 0 for an empty slot. An add or a look-up reads one slot of the table
 * (one line of memory, where a table of strings beside a table of hashes read two), and a string only
 * when its hash is the one looked for. A contract of 10,000 sheets has some 50,000 ids: inserting them
 * into a {@code HashSet} took a third of a validation's time. Not thread-safe; no removal.
 */
final class StringSet {

  /**
   * The largest table {@link #StringSet(int)} presizes, 2^20 slots (8 MB): a count past half of it is
   * taken as a guess, and the table grows from there only if the strings come.
   */
  static final int MAX_PRESIZED = 1 << 20;

  /** The strings, in the order they came; {@code size} of them. */
  private String[] strings;
  /** The table: hash in the high half of a slot, position in {@link #strings} plus one in the low half. */
  private long[] table;
  private int mask;
  private int size;

  /**
   * Creates a set sized for {@code expected} strings without growing.
   *
   * @param expected how many strings it is expected to hold; any value, the set grows as needed
   */
  StringSet(int expected) {
    int slots = 16;
    while (slots < MAX_PRESIZED && slots / 2 < expected) {
      slots <<= 1;
    }
    table = new long[slots];
    mask = slots - 1;
    strings = new String[Math.max(8, Math.min(expected, slots / 2))];
  }

  /**
   * Adds a string.
   *
   * @param string the string, an id or a number
   * @return {@code true} if the set did not hold it yet
   * @throws NullPointerException if the string is null
   */
  boolean add(String string) {
    int hash = string.hashCode();
    int slot = slot(string, hash);
    if (table[slot] != 0) {
      return false;
    }
    if (size == strings.length) {
      strings = Arrays.copyOf(strings, size * 2);
    }
    strings[size] = string;
    table[slot] = (long) hash << 32 | ++size;
    if (size > table.length / 2) {
      grow();
    }
    return true;
  }

  /**
   * Tells whether the set holds a string.
   *
   * @param string the string
   * @return whether it was added
   * @throws NullPointerException if the string is null
   */
  boolean contains(String string) {
    return table[slot(string, string.hashCode())] != 0;
  }

  /** The slot that holds a string, or else the empty slot where it would go. */
  private int slot(String string, int hash) {
    int slot = spread(hash) & mask;
    long held = table[slot];
    while (held != 0 && ((int) (held >>> 32) != hash || !strings[(int) held - 1].equals(string))) {
      slot = (slot + 1) & mask;
      held = table[slot];
    }
    return slot;
  }

  /**
   * Returns how many strings the set holds.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * Returns the strings in the order they were first added: a view, which sees later adds.
   *
   * @return an unmodifiable list
   */
  List<String> inOrder() {
    return new InOrder();
  }

  /** The number of slots of the table, for the tests of its sizing. */
  int slots() {
    return table.length;
  }

  /** Spreads a string's hash over the table: Fibonacci hashing, the high bits of the product folded down. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Doubles the table (a heap that holds 2^29 strings is beyond what a contract reaches). */
  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = table.length - 1;
    for (long held : old) {
      if (held != 0) {
        int slot = spread((int) (held >>> 32)) & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = held;
      }
    }
  }

  /** The strings in the order they came. */
  private final class InOrder extends AbstractList<String> implements RandomAccess {
    @Override
    public String get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      }
      return strings[index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
