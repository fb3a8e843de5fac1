package io.github.clsante.serialization;

import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.internal.ReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * What a malformed-JSON error from jackson-core most likely comes from, in the terms of the person who
 * edited the file (a missing comma, a trailing comma, typographic quotes…), and where the mistake is: a
 * missing comma or colon is placed just after the previous value, not at the next token where the
 * parser noticed it. The finding's parameters: {@code problem} (the kind, which picks the message),
 * {@code found} (the character or word found), {@code expected} (the brackets that close what is open,
 * when the file ends too early).
 */
final class SyntaxError {

  private static final Pattern FOUND = Pattern.compile("Unexpected character \\('(.+?)' \\(code ");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'");

  private final String problem;
  private final String found;
  private final String expected;
  private final SourceLocation location;
  private String pointer;

  private SyntaxError(String problem, String found, String expected, SourceLocation location) {
    this.problem = problem;
    this.found = found;
    this.expected = expected;
    this.location = location;
  }

  /**
   * The JSON Pointer of the value the mistake follows: jackson-core's path, except that in an array it
   * has already counted the element it expected after a missing or extra comma.
   */
  String pointer() {
    return pointer;
  }

  /**
   * Classifies jackson-core's description of a malformed document.
   *
   * @param detail jackson-core's message, without location
   * @param parser the parser, as it was when it failed
   * @param input the document
   * @param at where jackson-core noticed the problem
   * @return the error
   */
  static SyntaxError of(String detail, JsonParser parser, byte[] input, TokenStreamLocation at) {
    SyntaxError error = classify(detail, parser, input, at);
    TokenStreamContext context = parser.streamReadContext();
    boolean previousElement = context.inArray() && context.getCurrentIndex() > 0
        && (error.problem.equals("missing-comma") || error.problem.equals("trailing-comma"));
    error.pointer = previousElement
        ? context.getParent().pathAsPointer().toString() + "/" + (context.getCurrentIndex() - 1)
        : context.pathAsPointer().toString();
    return error;
  }

  private static SyntaxError classify(String detail, JsonParser parser, byte[] input, TokenStreamLocation at) {
    long offset = at == null ? -1 : at.getByteOffset();
    String found = match(FOUND, detail);
    if (found != null && found.codePointCount(0, found.length()) == 1 && found.codePointAt(0) > 0x7F && offset > 0) {
      offset = start(input, offset, found); // jackson-core locates a multi-byte character after its first byte
    }
    String token = match(TOKEN, detail);
    if (found == null && token != null && !token.isEmpty() && token.charAt(0) > 0x7F && offset > 0) {
      // and a text that starts with one after that character's first byte too
      offset = start(input, offset, token.substring(0, Character.charCount(token.codePointAt(0))));
    }
    SourceLocation here = offset < 0 ? null : locate(input, (int) Math.min(offset, input.length));
    if (detail.contains("was expecting comma to separate") && !"#".equals(found) && !"/".equals(found)) {
      return new SyntaxError("missing-comma", found, null, afterPreviousValue(input, offset, here));
    }
    if (detail.contains("was expecting a colon")) {
      return new SyntaxError("missing-colon", found, null, afterPreviousValue(input, offset, here));
    }
    if (found != null && (found.equals("\u201C") || found.equals("\u201D") || found.equals("\u00AB")
        || found.equals("\u00BB") || found.equals("\u2018") || found.equals("\u2019"))) {
      return new SyntaxError("curly-quotes", found, null, here);
    }
    if ("'".equals(found)) {
      return new SyntaxError("single-quotes", found, null, here);
    }
    if ("/".equals(found) || "#".equals(found)) {
      return new SyntaxError("comment", found, null, here);
    }
    if (detail.contains("was expecting double-quote to start property name")) {
      if (("}".equals(found) || "]".equals(found)) && previousIs(input, offset, ',')) {
        return new SyntaxError("trailing-comma", found, null, here);
      }
      return new SyntaxError("unquoted-name", found, null, here);
    }
    if (detail.contains("expected a value") && ("]".equals(found) || "}".equals(found))
        && previousIs(input, offset, ',')) {
      return new SyntaxError("trailing-comma", found, null, here);
    }
    if (detail.startsWith("Non-standard token") || "NaN".equals(token) || "Infinity".equals(token)
        || "-Infinity".equals(token)) {
      return new SyntaxError("not-a-number", token, null, here);
    }
    if (token != null) {
      return new SyntaxError("unquoted-text", ReadContext.excerpt(token), null, here);
    }
    if (detail.contains("end-of-input")) {
      boolean inString = detail.contains("VALUE_STRING") || detail.contains("closing quote");
      return new SyntaxError(inString ? "unclosed-string" : "unclosed", null,
          inString ? null : closers(parser), here);
    }
    if (detail.startsWith("Illegal unquoted character")) {
      return new SyntaxError("control-character", null, null, here);
    }
    if (detail.startsWith("Unrecognized character escape")) {
      return new SyntaxError("bad-escape", null, null, here);
    }
    if (detail.contains("Leading zeroes")) {
      return new SyntaxError("leading-zero", null, null, here);
    }
    String close = match(CLOSE, detail);
    if (close != null) {
      return new SyntaxError("mismatched-bracket", close, null, here);
    }
    return new SyntaxError("unexpected", found, null, here);
  }

  /**
   * The finding's parameters; without {@code problem} for a mistake of no known kind with no character
   * to show (the message is then the general one).
   */
  String[] params() {
    List<String> params = new ArrayList<>();
    if (!problem.equals("unexpected") || found != null) {
      params.add("problem");
      params.add(problem);
    }
    if (found != null) {
      params.add("found");
      params.add(found);
    }
    if (expected != null) {
      params.add("expected");
      params.add(expected);
    }
    return params.toArray(new String[0]);
  }

  /** Where the mistake is, or {@code null} when unknown. */
  SourceLocation location() {
    return location;
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** The brackets that close what is still open, innermost first: {@code ] }}. */
  private static String closers(JsonParser parser) {
    StringBuilder closers = new StringBuilder();
    for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
      if (context.inObject()) {
        closers.append(closers.length() == 0 ? "" : " ").append('}');
      } else if (context.inArray()) {
        closers.append(closers.length() == 0 ? "" : " ").append(']');
      }
    }
    return closers.length() == 0 ? "}" : closers.toString();
  }

  /** The offset where the last occurrence of a character's UTF-8 bytes at or before an offset starts. */
  private static long start(byte[] input, long offset, String character) {
    byte[] bytes = character.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = (int) Math.min(offset, input.length - bytes.length); i >= 0; i--) {
      if (java.util.Arrays.equals(input, i, i + bytes.length, bytes, 0, bytes.length)) {
        return i;
      }
    }
    return offset;
  }

  /** Whether the last character before the offset, spaces aside, is {@code c}. */
  private static boolean previousIs(byte[] input, long offset, char c) {
    int i = previous(input, offset);
    return i >= 0 && input[i] == c;
  }

  /** The index of the last byte before the offset that is not JSON whitespace, or -1. */
  private static int previous(byte[] input, long offset) {
    int i = (int) Math.min(offset, input.length) - 1;
    while (i >= 0 && (input[i] == ' ' || input[i] == '\t' || input[i] == '\n' || input[i] == '\r')) {
      i--;
    }
    return i;
  }

  /** Just after the previous value: where the missing comma or colon belongs. */
  private static SourceLocation afterPreviousValue(byte[] input, long offset, SourceLocation otherwise) {
    int i = previous(input, offset);
    return i < 0 ? otherwise : locate(input, i + 1);
  }

  /**
   * The line (LF, CR LF and a lone CR end one, as jackson-core counts the lines of every other finding),
   * and the column in UTF-16 code units, of a byte offset.
   */
  private static SourceLocation locate(byte[] input, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      int b = input[i] & 0xFF;
      if (b == '\n' || (b == '\r' && (i + 1 >= input.length || input[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column += b >= 0xF0 ? 2 : 1;
      }
    }
    return SourceLocation.of(line, column);
  }
}
