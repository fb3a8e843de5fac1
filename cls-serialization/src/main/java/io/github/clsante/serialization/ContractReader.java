package io.github.clsante.serialization;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.JsonCanonicalizer;
import io.github.clsante.serialization.internal.ReadContext;
import io.github.clsante.serialization.internal.Utf8;
import io.github.clsante.serialization.internal.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads contract documents of the JSON format (lecteur): in one streaming pass, it builds the {@link
 * Contract} and reports every problem found, each with its code, JSON Pointer, line and column.
 *
 * <p>Reading never throws for a bad document: malformed JSON, invalid UTF-8, a wrong type, an unknown
 * code or member, a duplicate member, a missing required member, trailing content, a document too
 * deep, too large or with too long a string are all findings. A problem in one object never hides
 * problems in its siblings. Readers are immutable and thread-safe.
 *
 * <p>The limits and their defaults: nesting depth {@value #DEFAULT_MAX_NESTING_DEPTH} ({@link
 * #withMaxNestingDepth}), string length {@value #DEFAULT_MAX_STRING_LENGTH} characters ({@link
 * #withMaxStringLength}, member names too), document size 64 MiB ({@link #withMaxDocumentBytes}),
 * numbers of at most 100 characters read (1,000 parsed), and {@value #DEFAULT_MAX_PROBLEMS} problems
 * kept ({@link #withMaxProblems}).
 *
 * <p>Documents of format 1.1 and 1.0 are read, each as its version means it: {@code "formatVersion":
 * "1.1"}, or {@code "schemaVersion": "1.0"} in a 1.0 document. A 1.0 document's amounts are in cents
 * ({@code budgetCents}), its {@code status} is required, and its absent {@code role}, {@code
 * sheetNumbering}, {@code transversal}, {@code recurring} and {@code planned} mean 1.0's defaults; in a
 * 1.1 document, amounts are in euros and an absent member means that the source does not say. A member
 * of the other version is a finding ({@link ReadProblem#UNKNOWN_MEMBER}).
 *
 * <pre>{@code
 * ReadResult result = ContractJson.reader().read(Path.of("cls-agglopolys.json"));
 * for (Finding finding : result.report().findings()) {
 *   System.out.println(finding.code() + " " + finding.pointer() + " " + finding.location());
 * }
 * Contract contract = result.contract().orElseThrow();
 * }</pre>
 */
public final class ContractReader {

  /** The default nesting depth limit. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default string length limit, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default document size limit, in bytes (64 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /**
   * The default limit of problems kept in a result: past it, problems are counted, and {@link
   * ReadProblem#TOO_MANY_PROBLEMS} says how many were left out.
   */
  public static final int DEFAULT_MAX_PROBLEMS = 10_000;

  static final ContractReader DEFAULT =
      new ContractReader(EnumSet.noneOf(ReadFeature.class), DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_PROBLEMS);

  private final Set<ReadFeature> features;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentBytes;
  private final int maxProblems;
  private final JsonFactory factory;

  private ContractReader(Set<ReadFeature> features, int maxNestingDepth, int maxStringLength,
      long maxDocumentBytes, int maxProblems) {
    this.features = features;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxProblems = maxProblems;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxNestingDepth)
                    .maxStringLength(maxStringLength)
                    .maxNameLength(maxStringLength)
                    .maxNumberLength(Shapes.PARSER_MAX_NUMBER_LENGTH)
                    .maxDocumentLength(maxDocumentBytes)
                    .build())
            .build();
  }

  /**
   * Returns a reader with the given features enabled as well.
   *
   * @param enabled the features to enable
   * @return a reader
   */
  public ContractReader with(ReadFeature... enabled) {
    EnumSet<ReadFeature> all = features.isEmpty() ? EnumSet.noneOf(ReadFeature.class) : EnumSet.copyOf(features);
    all.addAll(Arrays.asList(enabled));
    return new ContractReader(all, maxNestingDepth, maxStringLength, maxDocumentBytes, maxProblems);
  }

  /**
   * Returns a reader with another nesting depth limit.
   *
   * @param depth the deepest nesting of arrays and objects accepted, at least 16
   * @return a reader
   * @throws IllegalArgumentException if the depth is below 16
   */
  public ContractReader withMaxNestingDepth(int depth) {
    if (depth < 16) {
      throw new IllegalArgumentException("the nesting depth limit must be at least 16: " + depth);
    }
    return new ContractReader(features, depth, maxStringLength, maxDocumentBytes, maxProblems);
  }

  /**
   * Returns a reader with another string length limit.
   *
   * @param length the longest string accepted, in characters, at least 1024
   * @return a reader
   * @throws IllegalArgumentException if the length is below 1024
   */
  public ContractReader withMaxStringLength(int length) {
    if (length < 1024) {
      throw new IllegalArgumentException("the string length limit must be at least 1024: " + length);
    }
    return new ContractReader(features, maxNestingDepth, length, maxDocumentBytes, maxProblems);
  }

  /**
   * Returns a reader with another document size limit.
   *
   * @param bytes the largest document accepted, in bytes, at least 1024
   * @return a reader
   * @throws IllegalArgumentException if the size is below 1024
   */
  public ContractReader withMaxDocumentBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("the document size limit must be at least 1024 bytes: " + bytes);
    }
    return new ContractReader(features, maxNestingDepth, maxStringLength, bytes, maxProblems);
  }

  /**
   * Returns a reader that keeps another number of problems. Past the limit, the errors are kept first,
   * then the warnings, the first found of each; the others are counted, not kept, and the result ends
   * with one {@link ReadProblem#TOO_MANY_PROBLEMS} finding that says how many were left out. The
   * problems that stop a read or say the document's version are always kept. The
   * read goes on to the end of the document, but when an error was left out before a value that could
   * not be read, the result has no contract (the rules could not tell its placeholders from values
   * read).
   *
   * @param problems the most problems kept, at least 10
   * @return a reader
   * @throws IllegalArgumentException if the limit is below 10
   */
  public ContractReader withMaxProblems(int problems) {
    if (problems < 10) {
      throw new IllegalArgumentException("the limit of problems must be at least 10: " + problems);
    }
    return new ContractReader(features, maxNestingDepth, maxStringLength, maxDocumentBytes, problems);
  }

  /**
   * Reads a document from a file.
   *
   * @param path the file
   * @return the result; an unreadable file gives a {@link ReadProblem#IO_ERROR} finding
   */
  public ReadResult read(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      if (Files.isDirectory(path)) {
        return ioError("directory", "a directory");
      }
      long size = Files.size(path);
      if (size > maxDocumentBytes) {
        return tooLarge();
      }
      byte[] exact = size > 0 ? readExactly(path, (int) size) : null;
      if (exact != null) {
        return read(exact);
      }
      // Empty by its size (a pipe, a special file), or changed while read: as a stream, to its limit.
      try (InputStream in = Files.newInputStream(path)) {
        return read(in);
      }
    } catch (NoSuchFileException e) {
      return ioError("not-found", "no such file");
    } catch (java.nio.file.AccessDeniedException | SecurityException e) {
      return ioError("not-readable", "access denied");
    } catch (IOException e) {
      return ioError("other", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /**
   * Reads a file of a known size into an array of exactly that size (a stream's read would fill chunks,
   * then copy them), or returns null when the file turns out to hold another number of bytes.
   */
  private static byte[] readExactly(Path path, int size) throws IOException {
    try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(path)) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(size);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer) < 0) {
          return null; // shorter than its size said
        }
      }
      return channel.read(java.nio.ByteBuffer.allocate(1)) > 0 ? null : buffer.array();
    }
  }

  /**
   * Reads a document from a stream, which is read to its end (at most the size limit plus one byte)
   * but not closed. A stream's size is not known before its end: the document is held twice for a
   * moment (its pieces, then the whole), where a file read by its path ({@link #read(Path)}) is held
   * once; a stream beyond the size limit is never held whole.
   *
   * @param in the stream
   * @return the result; a failing stream gives a {@link ReadProblem#IO_ERROR} finding
   */
  public ReadResult read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = readUpToLimit(in);
      return bytes == null ? tooLarge() : read(bytes);
    } catch (IOException e) {
      return ioError("other", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /**
   * Reads a stream to its end in pieces of growing size, then puts them together; null as soon as it
   * passes the size limit (the pieces read are then dropped, never put together).
   */
  private byte[] readUpToLimit(InputStream in) throws IOException {
    long limit = Math.min(Integer.MAX_VALUE - 8L, maxDocumentBytes);
    List<byte[]> pieces = new java.util.ArrayList<>();
    long total = 0;
    int size = 8192;
    while (true) {
      byte[] piece = new byte[(int) Math.min(size, limit + 1 - total)];
      int filled = in.readNBytes(piece, 0, piece.length);
      total += filled;
      if (total > limit) {
        return null;
      }
      if (filled < piece.length) {
        pieces.add(filled == 0 ? new byte[0] : Arrays.copyOf(piece, filled));
        break;
      }
      pieces.add(piece);
      size = (int) Math.min(size * 2L, 8L << 20);
    }
    if (pieces.size() == 1) {
      return pieces.get(0);
    }
    byte[] bytes = new byte[(int) total];
    int at = 0;
    for (int i = 0; i < pieces.size(); i++) {
      byte[] piece = pieces.set(i, null);
      System.arraycopy(piece, 0, bytes, at, piece.length);
      at += piece.length;
    }
    return bytes;
  }

  /**
   * Reads a document from a string. An unpaired surrogate in it is a finding ({@code
   * CLS-JSON-INVALID-STRING} inside a string, as its escape would be; a syntax error elsewhere), never a
   * silent {@code ?}.
   *
   * @param json the document
   * @return the result
   */
  public ReadResult read(String json) {
    return read(Utf8.encode(json));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param bytes the document
   * @return the result
   */
  public ReadResult read(byte[] bytes) {
    return read(bytes, null);
  }

  /**
   * What a read found before format 1.0's defaults were given to the contract, for the migration: the
   * document's version, and the contract as the document writes it.
   */
  interface AsWritten {
    /**
     * Receives what the read found; called once, at its end, unless the bytes were refused before
     * parsing (too large, not UTF-8).
     *
     * @param minor the minor version of format 1 the document says, or -1 when it does not say readably
     * @param contract the contract read, before 1.0's defaults, or {@code null} when none was read
     */
    void read(int minor, Contract contract);
  }

  /** Reads a document from UTF-8 bytes, telling {@code asWritten}, when given, what it found. */
  ReadResult read(byte[] bytes, AsWritten asWritten) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > maxDocumentBytes) {
      return tooLarge();
    }
    if (notUtf8(bytes)) {
      return single(ReadProblem.ENCODING, 1, 1);
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      bytes = Arrays.copyOfRange(bytes, 3, bytes.length); // a UTF-8 byte order mark is tolerated
    }
    int invalid = JsonCanonicalizer.firstInvalidUtf8(bytes);
    if (invalid >= 0) {
      // jackson-core accepts a few invalid forms (overlong encodings, code points past U+10FFFF).
      return encodingError(bytes, invalid);
    }
    boolean lenient = features.contains(ReadFeature.IGNORE_UNKNOWN_MEMBERS);
    Contract contract = null;
    Contract written = null;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
      ReadContext context = new ReadContext(parser, bytes, lenient);
      context.limitProblems(maxProblems);
      if (features.contains(ReadFeature.RECORD_LOCATIONS)) {
        context.recordLocations();
      }
      try {
        if (parser.nextToken() == null) {
          context.report(ReadProblem.EMPTY, ReadProblem.EMPTY.severity(), "", parser.currentLocation());
        } else {
          context.mark();
          contract = ContractFormat.CONTRACT.read(context);
          trailing(context);
          if (contract != null && context.findings().stream()
              .anyMatch(f -> f.code().equals(ReadProblem.UNSUPPORTED_VERSION.code()))) {
            contract = null; // another major version: its members cannot be read as this one's
          }
          written = contract;
          if (contract != null && context.version() == 0 && context.hasAbsentDefaultIn10()) {
            contract = ContractFormat.CONTRACT.withDefaultsIn10(contract); // what 1.0 meant by absence
          }
        }
      } catch (StreamConstraintsException e) {
        contract = null;
        limitPassed(context, e, bytes);
      } catch (JacksonException e) {
        contract = null;
        fatal(context, e, bytes);
      }
      List<Finding> findings = context.finish();
      if (context.unreadableIncomplete()) {
        contract = null; // past the limit of problems, an unreadable value went unlisted
      }
      if (asWritten != null) {
        asWritten.read(context.version(), contract == null ? null : written);
      }
      return new ReadResult(contract, Report.of(findings), context.recordedLocations(),
          contract == null ? List.of() : context.unreadable(), context.aliases());
    }
  }

  /**
   * Reports the limit a document passed. A text or a number too long is located where it starts, as any
   * value; the nesting depth and size where they were passed. jackson-core reads a number's digits as a
   * text, and a member's name with the first token of its value, so the token it reports is not always
   * the one too long: the value is found in the input, going back from where the limit was passed (once,
   * over at most the limit's length). A member name too long belongs to its object.
   */
  private void limitPassed(ReadContext context, StreamConstraintsException e, byte[] input) {
    JsonParser parser = context.parser();
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth") || message.startsWith("Document length")) {
      ReadProblem problem = message.startsWith("Document length") ? ReadProblem.DOCUMENT_TOO_LARGE : ReadProblem.TOO_DEEP;
      long limit = problem == ReadProblem.TOO_DEEP ? maxNestingDepth : maxDocumentBytes;
      context.report(problem, problem.severity(), parserPointer(parser), parser.currentLocation(),
          "limit", Long.toString(limit));
      return;
    }
    int at = (int) Math.min(Math.max(parser.currentLocation().getByteOffset(), 0), input.length) - 1;
    // A name says so; a text value is read when asked, its token then the parser's and still open at
    // the limit; anything else is a number (even after a text token: a number is read with its token).
    boolean name = message.startsWith("Name length");
    long token = parser.currentTokenLocation().getByteOffset();
    boolean text = !name && parser.currentToken() == JsonToken.VALUE_STRING && token >= 0 && token < input.length
        && input[(int) token] == '"' && !closedBefore(input, (int) token + 1, at);
    boolean number = !name && !text;
    int start;
    if (text) {
      start = (int) token;
    } else if (number) {
      start = at;
      while (start > 0 && isNumberByte(input[start - 1])) {
        start--;
      }
    } else {
      start = at;
      if (start > 0 && input[start] == '"' && !escaped(input, start)) {
        start--; // just after the name read whole: its closing quote
      }
      start = stringStart(input, start);
    }
    ReadProblem problem = number ? ReadProblem.NUMBER_TOO_LONG : ReadProblem.STRING_TOO_LONG;
    long limit = number ? Shapes.PARSER_MAX_NUMBER_LENGTH : maxStringLength;
    if (start < 0) { // not found: where the parser says
      context.report(problem, problem.severity(), parserPointer(parser), parser.currentTokenLocation(),
          "limit", Long.toString(limit));
      return;
    }
    String pointer = parserPointer(parser);
    if (name) {
      pointer = objectPointer(parser); // a member name: the object's
    } else if (number && parser.streamReadContext().inObject()) {
      int before = start - 1;
      while (before >= 0 && (input[before] == ' ' || input[before] == '\n' || input[before] == '\r'
          || input[before] == '\t')) {
        before--;
      }
      String member = before >= 0 && input[before] == ':' ? nameBefore(input, before) : null;
      pointer = member == null ? objectPointer(parser)
          : io.github.clsante.model.report.JsonPointer.append(objectPointer(parser), member);
    }
    TokenStreamLocation location = parser.currentLocation();
    context.report(problem, problem.severity(), pointer, new TokenStreamLocation(location.contentReference(), start,
        -1L, lineOf(input, start), columnOf(input, start)), "limit", Long.toString(limit));
  }

  /** Whether a text starting at {@code from} (after its opening quote) is closed before {@code at}. */
  private static boolean closedBefore(byte[] input, int from, int at) {
    for (int i = from; i < at && i < input.length; i++) {
      if (input[i] == '\\') {
        i++;
      } else if (input[i] == '"') {
        return true;
      }
    }
    return false;
  }

  /** The pointer of the object the parser is in, whether or not it has read a member name yet. */
  private static String objectPointer(JsonParser parser) {
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    return parser.streamReadContext().currentName() == null ? pointer : pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static boolean isNumberByte(byte b) {
    return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
  }

  /** The opening quote of the string that holds the byte at {@code from}, or -1. */
  private static int stringStart(byte[] input, int from) {
    int start = from;
    while (start >= 0 && !(input[start] == '"' && !escaped(input, start))) {
      start--;
    }
    return start;
  }

  /** Whether the quote at {@code i} follows an odd number of backslashes. */
  private static boolean escaped(byte[] input, int i) {
    int backslashes = 0;
    for (int j = i - 1; j >= 0 && input[j] == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** The member name written before the colon at {@code colon}, or null when it cannot be read. */
  private String nameBefore(byte[] input, int colon) {
    int end = colon - 1;
    while (end >= 0 && input[end] != '"') {
      end--;
    }
    int open = end - 1;
    while (open >= 0 && !(input[open] == '"' && !escaped(input, open))) {
      open--;
    }
    if (open < 0) {
      return null;
    }
    try (JsonParser name = factory.createParser(ObjectReadContext.empty(), input, open, end - open + 1)) {
      return name.nextToken() == JsonToken.VALUE_STRING ? name.getString() : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The line of an offset, as jackson-core counts lines (LF, CR LF or a lone CR end one). */
  private static int lineOf(byte[] input, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (input[i] == '\n' || (input[i] == '\r' && (i + 1 >= input.length || input[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The byte column of an offset on its line, from 1, as jackson-core gives it for byte input. */
  private static int columnOf(byte[] input, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && input[lineStart - 1] != '\n' && input[lineStart - 1] != '\r') {
      lineStart--;
    }
    return offset - lineStart + 1;
  }

  /** After the root value: anything but the end of input is trailing content. */
  private static void trailing(ReadContext context) {
    JsonParser parser = context.parser();
    TokenStreamLocation after = parser.currentLocation();
    try {
      if (parser.nextToken() != null) {
        context.report(ReadProblem.TRAILING_CONTENT, ReadProblem.TRAILING_CONTENT.severity(), "",
            parser.currentTokenLocation());
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e instanceof StreamReadException ? ((StreamReadException) e).getLocation() : after;
      context.report(ReadProblem.TRAILING_CONTENT, ReadProblem.TRAILING_CONTENT.severity(), "", at);
    }
  }

  private static void fatal(ReadContext context, JacksonException e, byte[] input) {
    String detail = String.valueOf(e.getOriginalMessage());
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : context.parser().currentLocation();
    String pointer = parserPointer(context.parser());
    if (detail.startsWith("Invalid UTF-8")) {
      context.report(ReadProblem.ENCODING, ReadProblem.ENCODING.severity(), pointer, at);
      return;
    }
    if ((detail.startsWith("Broken surrogate pair in property name")
        || detail.startsWith("Unexpected low surrogate in property name"))
        && context.parser().streamReadContext().inObject()) {
      // A member name with an unpaired surrogate (jackson-core takes one in a value, not in a name): the
      // object's, located where the name starts.
      int start = stringStart(input, (int) Math.min(Math.max(at.getByteOffset(), 0), input.length) - 1);
      TokenStreamLocation name = start < 0 ? at
          : new TokenStreamLocation(at.contentReference(), start, -1L, lineOf(input, start), columnOf(input, start));
      context.report(ReadProblem.INVALID_STRING, ReadProblem.INVALID_STRING.severity(), objectPointer(context.parser()),
          name);
      return;
    }
    SyntaxError error = SyntaxError.of(detail, context.parser(), input, at);
    context.reportAt(ReadProblem.SYNTAX, ReadProblem.SYNTAX.severity(), error.pointer(), error.location(), error.params());
  }

  /**
   * The pointer of the value the parser was reading when it failed: jackson-core reads a member's name
   * and its value's first token together, so its own context is one step ahead of the reader's path.
   */
  private static String parserPointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** UTF-16 and UTF-32 (with or without byte order mark) are not the format's encoding. */
  private static boolean notUtf8(byte[] bytes) {
    if (bytes.length >= 2) {
      int b0 = bytes[0] & 0xFF;
      int b1 = bytes[1] & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        return true;
      }
    }
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Locates the first byte that is not UTF-8: its line (LF, CR LF and a lone CR end one, as jackson-core
   * counts the lines of every other finding), and its column in UTF-16 code units.
   */
  private static ReadResult encodingError(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r' && bytes[i + 1] != '\n') { // i + 1 <= offset: a byte follows a CR here
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column += b >= 0xF0 ? 2 : 1;
      }
    }
    return single(ReadProblem.ENCODING, line, column);
  }

  private ReadResult tooLarge() {
    return new ReadResult(null, Report.of(List.of(
        Finding.builder()
            .code(ReadProblem.DOCUMENT_TOO_LARGE.code())
            .severity(Severity.ERROR)
            .pointer("")
            .putParam("limit", Long.toString(maxDocumentBytes))
            .build())));
  }

  /** A file that cannot be read: {@code problem} picks the message, {@code detail} is for developers. */
  private static ReadResult ioError(String problem, String detail) {
    return new ReadResult(null, Report.of(List.of(
        Finding.builder()
            .code(ReadProblem.IO_ERROR.code())
            .severity(Severity.ERROR)
            .pointer("")
            .putParam("problem", problem)
            .putParam("detail", detail)
            .build())));
  }

  private static ReadResult single(ReadProblem problem, int line, int column) {
    return new ReadResult(null, Report.of(List.of(
        Finding.builder()
            .code(problem.code())
            .severity(problem.severity())
            .pointer("")
            .location(SourceLocation.of(line, column))
            .build())));
  }

  /**
   * Returns the enabled features.
   *
   * @return an unmodifiable set
   */
  public Set<ReadFeature> features() {
    return Collections.unmodifiableSet(features);
  }

  @Override
  public String toString() {
    return "ContractReader{features=" + features + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxDocumentBytes=" + maxDocumentBytes
        + ", maxProblems=" + maxProblems + "}";
  }
}
