package io.github.clsante.serialization.internal;

import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Canonicalizes any JSON text per RFC 8785, and computes SHA-256 digests. */
public final class JsonCanonicalizer {

  private JsonCanonicalizer() {}

  /**
   * Returns the RFC 8785 form of a JSON text.
   *
   * @param json the text, UTF-8
   * @param maxNestingDepth the deepest nesting accepted
   * @return the canonical bytes
   * @throws ClsJsonException for anything that is not a single, valid JSON value within the limits
   */
  public static byte[] canonicalize(byte[] json, int maxNestingDepth) {
    if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF
        || startsLikeUtf16Or32(json)) {
      throw new ClsJsonException(ReadProblem.ENCODING.code(), "", 1, 1, "not UTF-8 JSON without byte order mark");
    }
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxNumberLength(1000)
            .maxStringLength(100_000_000)
            .build())
        .build();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      try {
        if (parser.nextToken() == null) {
          throw new ClsJsonException(ReadProblem.EMPTY.code(), "", 1, 1, "no JSON value");
        }
        Object tree = JsonTree.read(parser, "");
        TokenStreamLocation end = parser.currentLocation();
        try {
          if (parser.nextToken() != null) {
            throw at(ReadProblem.TRAILING_CONTENT, parser.currentTokenLocation(), "content after the root value");
          }
        } catch (JacksonException e) {
          throw at(ReadProblem.TRAILING_CONTENT, e.getLocation() != null ? e.getLocation() : end,
              "content after the root value");
        }
        CanonicalOutput out = new CanonicalOutput(json.length);
        JsonTree.write(tree, out);
        return out.toByteArray();
      } catch (StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        ReadProblem problem = message.startsWith("Document nesting depth") ? ReadProblem.TOO_DEEP
            : message.startsWith("Number value length") ? ReadProblem.NUMBER_TOO_LONG
            : ReadProblem.STRING_TOO_LONG;
        throw at(problem, parser.currentLocation(), message);
      } catch (JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        ReadProblem problem = message.startsWith("Invalid UTF-8") ? ReadProblem.ENCODING : ReadProblem.SYNTAX;
        throw at(problem, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), message);
      }
    }
  }

  private static boolean startsLikeUtf16Or32(byte[] json) {
    if (json.length >= 2 && ((json[0] & 0xFF) == 0xFE && (json[1] & 0xFF) == 0xFF
        || (json[0] & 0xFF) == 0xFF && (json[1] & 0xFF) == 0xFE)) {
      return true;
    }
    for (int i = 0; i < Math.min(4, json.length); i++) {
      if (json[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static ClsJsonException at(ReadProblem problem, TokenStreamLocation location, String message) {
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
    return new ClsJsonException(problem.code(), "", line, column, message);
  }

  /**
   * Returns the lower-case hex SHA-256 of bytes.
   *
   * @param bytes the bytes
   * @return 64 hex digits
   */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
