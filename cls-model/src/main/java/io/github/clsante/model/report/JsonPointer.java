package io.github.clsante.model.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds and splits RFC 6901 JSON Pointers ({@code /axes/0/actionSheets/2/title}).
 *
 * <p>In a reference token, {@code ~} is written {@code ~0} and {@code /} is written {@code ~1}.
 *
 * <pre>{@code
 * JsonPointer.append(JsonPointer.append("", "axes"), 0);   // "/axes/0"
 * JsonPointer.append("/extensions", "a/b");                 // "/extensions/a~1b"
 * }</pre>
 */
public final class JsonPointer {

  private JsonPointer() {}

  /**
   * Returns the pointer to a member of the value {@code pointer} designates.
   *
   * @param pointer a pointer ({@code ""} for the whole document)
   * @param name the member name, unescaped
   * @return the pointer to the member
   */
  public static String append(String pointer, String name) {
    StringBuilder result = new StringBuilder(pointer.length() + name.length() + 1).append(pointer);
    result.append('/');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        result.append("~0");
      } else if (c == '/') {
        result.append("~1");
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  /**
   * Returns the pointer to an element of the array {@code pointer} designates.
   *
   * @param pointer a pointer ({@code ""} for the whole document)
   * @param index the element's index, from 0
   * @return the pointer to the element
   */
  public static String append(String pointer, int index) {
    return pointer + '/' + index;
  }

  /**
   * Splits a pointer into its unescaped reference tokens.
   *
   * @param pointer a pointer: empty, or starting with {@code /}
   * @return the tokens ({@code "/axes/0"} → {@code [axes, 0]}; {@code ""} → {@code []})
   * @throws IllegalArgumentException if the pointer is not empty and does not start with {@code /},
   *     or holds a {@code ~} not followed by {@code 0} or {@code 1}
   */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= pointer.length(); i++) {
      char c = i == pointer.length() ? '/' : pointer.charAt(i);
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException("'~' must be followed by 0 or 1 in a JSON Pointer: " + pointer);
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return tokens;
  }
}
