package io.github.clsante.validation.internal;

import io.github.clsante.model.report.JsonPointer;

/**
 * A place the walk visits (un emplacement du document), whose JSON Pointer is written only when asked:
 * a finding's pointer, or a question about unreadable values when some are. The walk makes one small
 * object per step (a member, an element of a list, or both) instead of a pointer string rebuilt from
 * the root for every object it visits; the text, once written, is kept. Its text is exactly what
 * {@link JsonPointer#append(String, String)} and {@link JsonPointer#append(String, int)} would have
 * built step by step.
 */
final class Place {

  /** The whole document, {@code ""}. */
  static final Place ROOT = new Place("");

  /** The place holding this one, or null for a place given by its pointer. */
  private final Place parent;
  /** The member stepped into, or null for a step into a list only. */
  private final String member;
  /** The element of a list stepped into after the member, or -1. */
  private final int index;
  /** The pointer, once written. */
  private String pointer;

  private Place(String pointer) {
    this.parent = null;
    this.member = null;
    this.index = -1;
    this.pointer = pointer;
  }

  private Place(Place parent, String member, int index) {
    this.parent = parent;
    this.member = member;
    this.index = index;
  }

  /**
   * Returns the place of a pointer written out (a member of the contract: {@code /period}).
   *
   * @param pointer a JSON Pointer
   * @return the place
   */
  static Place of(String pointer) {
    return pointer.isEmpty() ? ROOT : new Place(pointer);
  }

  /** The place of a member of the value here. */
  Place member(String name) {
    return new Place(this, name, -1);
  }

  /** The place of an element of the list that is the member {@code name} of the value here. */
  Place element(String name, int i) {
    return new Place(this, name, i);
  }

  /**
   * Returns the JSON Pointer of this place, written on the first call.
   *
   * @return the pointer ({@code ""} for the whole document)
   */
  String pointer() {
    String written = pointer;
    if (written == null) {
      StringBuilder text = new StringBuilder(64);
      write(text);
      written = text.toString();
      pointer = written;
    }
    return written;
  }

  private void write(StringBuilder text) {
    if (pointer != null) {
      text.append(pointer);
      return;
    }
    parent.write(text);
    if (member != null) {
      text.append('/');
      for (int i = 0; i < member.length(); i++) {
        char c = member.charAt(i);
        if (c == '~') {
          text.append("~0");
        } else if (c == '/') {
          text.append("~1");
        } else {
          text.append(c);
        }
      }
    }
    if (index >= 0) {
      text.append('/').append(index);
    }
  }

  /** The pointer, for messages of failures and debuggers. */
  @Override
  public String toString() {
    return pointer();
  }
}
