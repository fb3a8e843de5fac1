package io.github.clsante.validation.internal;

/**
 * A set of strings met during a validation (chaînes déjà vues): the ids, for {@code
 * CLS-REF-DUPLICATE-ID}, and the printed numbers of axes and sheets, for their duplicates. An
 * open-addressing table of the strings and their hashes, probed linearly: it does what a {@code
 * HashSet<String>} would for its one use, {@link #add}, without a node allocated per string and with the
 * hashes compared in an {@code int[]} before a string is. A contract of 10,000 sheets has some 50,000
 * ids; inserting them into a {@code HashSet} took a third of a validation's time. Not thread-safe; no
 * removal.
 */
final class StringSet {

  /**
   * The largest table {@link #StringSet(int)} presizes, 2^20 slots (8 MB with compressed references): a
   * count past half of it is taken as a guess, and the table grows from there only if the ids come.
   */
  private static final int MAX_PRESIZED = 1 << 20;

  private String[] ids;
  private int[] hashes;
  private int mask;
  private int size;

  /**
   * Creates a set sized for {@code expected} strings without growing.
   *
   * @param expected how many strings it is expected to hold; any value, the table grows as needed
   */
  StringSet(int expected) {
    int slots = 16;
    while (slots < MAX_PRESIZED && slots / 2 < expected) {
      slots <<= 1;
    }
    ids = new String[slots];
    hashes = new int[slots];
    mask = slots - 1;
  }

  /**
   * Adds a string.
   *
   * @param id the string, an id or a number
   * @return {@code true} if the set did not hold it yet
   * @throws NullPointerException if the string is null
   */
  boolean add(String id) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    while (true) {
      String held = ids[slot];
      if (held == null) {
        ids[slot] = id;
        hashes[slot] = hash;
        if (++size > ids.length / 2) {
          grow();
        }
        return true;
      }
      if (hashes[slot] == hash && held.equals(id)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Returns how many strings the set holds.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /** Spreads a string's hash over the table: Fibonacci hashing, the high bits of the product folded down. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Doubles the table (a heap that holds 2^29 strings is beyond what a contract reaches). */
  private void grow() {
    String[] oldIds = ids;
    int[] oldHashes = hashes;
    ids = new String[oldIds.length * 2];
    hashes = new int[oldIds.length * 2];
    mask = ids.length - 1;
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (ids[slot] != null) {
          slot = (slot + 1) & mask;
        }
        ids[slot] = oldIds[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
