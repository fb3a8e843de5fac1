package io.github.clsante.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code multipart/form-data} body split into its parts (formulaire en plusieurs parties), in memory: the
 * body was read whole within the upload limit, so each part is a copy of its range and nothing goes to disk.
 * A body that is not well-formed gives the parts read before the fault; a body of more parts than asked
 * gives the first ones only, so that a form of a million tiny parts costs no more than one of a few.
 */
final class Multipart {

  /** One part: its field name, its file name (null for a plain field) and its content. */
  @SuppressWarnings("ArrayRecordComponent") // read once, by this package only; never compared
  record Part(String name, String fileName, byte[] content) {}

  private Multipart() {}

  /**
   * The parts of a body, at most {@code maxParts}: the reading stops at the first part beyond.
   *
   * @param contentType the request's content type, whose {@code boundary} parameter delimits the parts
   * @param body the whole body
   * @param maxParts the most parts returned
   */
  static List<Part> parse(String contentType, byte[] body, int maxParts) {
    String boundary = boundary(contentType);
    List<Part> parts = new ArrayList<>();
    if (boundary == null) {
      return parts;
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    while (at >= 0 && parts.size() < maxParts) {
      int afterDelimiter = at + delimiter.length;
      if (afterDelimiter + 1 < body.length && body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
        break; // the closing delimiter
      }
      int headersStart = afterDelimiter + 2; // CRLF after the delimiter
      int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
      if (headersEnd < 0) {
        break;
      }
      int next = indexOf(body, separator, headersEnd + 4);
      if (next < 0) {
        break;
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      String disposition = null;
      for (String line : headers.split("\r\n", -1)) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
          disposition = line.substring("content-disposition:".length());
        }
      }
      if (disposition != null) {
        String name = parameter(disposition, "name");
        parts.add(new Part(name == null ? "" : name, parameter(disposition, "filename"),
            Arrays.copyOfRange(body, headersEnd + 4, next)));
      }
      at = next + 2;
    }
    return parts;
  }

  /** The boundary of a {@code multipart/form-data} content type, or null. */
  static String boundary(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    String boundary = parameter(contentType, "boundary");
    return boundary == null || boundary.isEmpty() || boundary.length() > 200 ? null : boundary;
  }

  /** A parameter of a header value ({@code name="files"}), quoted or not; browsers escape {@code "} as {@code %22}. */
  static String parameter(String header, String name) {
    int i = 0;
    int length = header.length();
    while (i < length) {
      while (i < length && (header.charAt(i) == ';' || header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
        i++;
      }
      int equals = header.indexOf('=', i);
      int semicolon = header.indexOf(';', i);
      if (equals < 0 || semicolon >= 0 && semicolon < equals) {
        i = semicolon < 0 ? length : semicolon + 1;
        continue;
      }
      String key = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
      i = equals + 1;
      String value;
      if (i < length && header.charAt(i) == '"') {
        int close = header.indexOf('"', i + 1);
        close = close < 0 ? length : close;
        value = header.substring(i + 1, close).replace("%22", "\"");
        i = close + 1;
      } else {
        int end = header.indexOf(';', i);
        end = end < 0 ? length : end;
        value = header.substring(i, end).strip();
        i = end;
      }
      if (key.equals(name)) {
        return value;
      }
    }
    return null;
  }

  /** The first index of {@code pattern} in {@code bytes} from {@code from}, or -1. */
  private static int indexOf(byte[] bytes, byte[] pattern, int from) {
    int last = bytes.length - pattern.length;
    byte first = pattern[0];
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      if (bytes[i] != first) {
        continue;
      }
      for (int j = 1; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
