package io.github.clsante.serialization.internal;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.ReadProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.io.ContentReference;

/**
 * The state of one read: the parser, the path to the current value (for JSON Pointers), the findings
 * so far, and the conversion of jackson-core's byte columns into UTF-16 columns.
 */
public final class ReadContext {

  private final JsonParser parser;
  // The parser's own view of where the current token starts, read without the TokenStreamLocation
  // that currentTokenLocation() allocates (once per value, the most of a read's garbage otherwise).
  private final ParserBase base;
  private final byte[] input;
  private final boolean lenient;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();
  private Locations locations;
  // When recording: the ordinal in locations of the value at each depth of the current path, or -1
  // while that value has none yet.
  private int[] recorded;
  // When recording: the values of the current path above this depth all have an ordinal in recorded,
  // so that marking a value does not look at its ancestors again (a read marks every value).
  private int recordedAbove;
  private Map<String, String> aliases;
  private boolean unknownMembersAreWarnings;

  /**
   * The most problems kept; past it, problems are counted (by severity), not kept, but an error takes
   * the place of the last warning kept.
   */
  private int maxProblems = Integer.MAX_VALUE;
  /** The problems kept: the findings, less the warnings an error took the place of (null in the list). */
  private int kept;
  /** Where the search for the last warning kept goes on backwards, once the limit is reached; -1 before. */
  private int lastWarning = -1;
  private boolean full;
  /** The problems not kept: errors, warnings and information. */
  private long omittedErrors;
  private long omittedWarnings;
  private long omittedInfos;
  /** Of the errors not kept, the unknown members: a newer minor version makes them warnings. */
  private long omittedUnknownMemberErrors;
  /** Whether an unreadable value went unlisted, an error problem having been left out before it. */
  private boolean unreadableOmitted;

  /**
   * The problems always kept, past the limit too: each occurs at most once or twice in a read, says
   * why the read stopped or how the document was read, and decides whether a contract is given.
   */
  private static final java.util.Set<ReadProblem> ALWAYS_KEPT = java.util.EnumSet.of(ReadProblem.SYNTAX,
      ReadProblem.ENCODING, ReadProblem.EMPTY, ReadProblem.TRAILING_CONTENT, ReadProblem.TOO_DEEP,
      ReadProblem.STRING_TOO_LONG, ReadProblem.DOCUMENT_TOO_LARGE, ReadProblem.IO_ERROR,
      ReadProblem.INVALID_VERSION, ReadProblem.NEWER_VERSION, ReadProblem.UNSUPPORTED_VERSION,
      ReadProblem.TOO_MANY_PROBLEMS);

  // The path: at each depth either a member name or an array index (name == null).
  private String[] names = new String[32];
  private int[] indexes = new int[32];
  private int depth;

  private final Utf16Columns columns;

  /**
   * Creates a context.
   *
   * @param parser the parser, positioned before the first token
   * @param input the whole input, to turn byte columns into UTF-16 columns
   * @param lenient whether unknown members are warnings rather than errors
   */
  public ReadContext(JsonParser parser, byte[] input, boolean lenient) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    this.input = input;
    this.columns = new Utf16Columns(input);
    this.lenient = lenient;
    this.unknownMembersAreWarnings = lenient;
  }

  /**
   * Returns where the current token starts, packed: its line, byte column and byte offset as {@link
   * JsonParser#currentTokenLocation()} gives them, without allocating; {@link #location(long, long)}
   * unpacks it. The line is in the high 32 bits of the first value, the column in the low; the second
   * value is the offset.
   *
   * @return the line and column, packed; {@link #tokenOffset()} gives the offset
   */
  public long tokenLineColumn() {
    if (base == null || parser.currentToken() == JsonToken.PROPERTY_NAME) {
      TokenStreamLocation at = parser.currentTokenLocation();
      return ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xFFFF_FFFFL);
    }
    // UTF8StreamJsonParser.currentTokenLocation() of a value: (_tokenInputTotal - 1, _tokenInputRow,
    // _tokenInputCol), which ParserBase's getters give as (offset, line, column + 1 when known).
    int column = base.getTokenColumnNr();
    return ((long) base.getTokenLineNr() << 32) | ((column < 0 ? column : column - 1) & 0xFFFF_FFFFL);
  }

  /**
   * Returns the byte offset where the current token starts, as {@link JsonParser#currentTokenLocation()}
   * gives it, without allocating.
   *
   * @return the offset, or -1 when unknown
   */
  public long tokenOffset() {
    if (base == null || parser.currentToken() == JsonToken.PROPERTY_NAME) {
      return parser.currentTokenLocation().getByteOffset();
    }
    return base.getTokenCharacterOffset() - 1;
  }

  /**
   * Returns the location {@link #tokenLineColumn()} and {@link #tokenOffset()} recorded, as jackson-core
   * would have given it.
   *
   * @param lineColumn the packed line and column
   * @param offset the byte offset
   * @return the location
   */
  public static TokenStreamLocation location(long lineColumn, long offset) {
    return new TokenStreamLocation(ContentReference.unknown(), offset, -1L, (int) (lineColumn >>> 32),
        (int) lineColumn);
  }

  /**
   * Returns the parser.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return parser;
  }

  /**
   * Returns the current token.
   *
   * @return the token, or {@code null} at the end of input
   */
  public JsonToken token() {
    return parser.currentToken();
  }

  /** The party ids read so far, each the instance first read: see {@link #partyId(String)}. */
  private final Map<String, String> partyIds = new HashMap<>();

  /**
   * Returns the one instance of a party id within this read: a party's {@code id} and every
   * reference's {@code partyId} that spells it are then the same {@code String}, its hash computed once
   * while it was read. The rules look every reference up among the parties: on a contract just read,
   * hashing and comparing each reference's own copy touched memory long out of the processor's caches.
   *
   * @param id the id read
   * @return the instance first read of an equal id
   */
  public String partyId(String id) {
    String first = partyIds.putIfAbsent(id, id);
    return first == null ? id : first;
  }

  /**
   * Advances to the next token.
   *
   * @return the new current token, or {@code null} at the end of input
   */
  public JsonToken next() {
    return parser.nextToken();
  }

  /**
   * Tells whether the reader is lenient.
   *
   * @return {@code true} when unknown members are warnings
   */
  public boolean lenient() {
    return lenient;
  }

  /** Records, from now on, the location of every value {@link #mark() marked}. */
  public void recordLocations() {
    locations = new Locations(input);
    recorded = new int[names.length + 1];
    Arrays.fill(recorded, -1);
    recordedAbove = 0;
  }

  /**
   * Records the location of the value at the current token, when recording: its byte offset under its
   * ordinal (and an ordinal for each value of its path not marked yet), without building its pointer,
   * line or column.
   */
  public void mark() {
    // Once an unreadable value went unlisted, no contract is given: nothing needs locating any more.
    if (locations != null && !unreadableOmitted) {
      // The values of the path from recordedAbove down were all entered since the last mark: none has
      // an ordinal yet.
      for (int d = recordedAbove; d <= depth; d++) {
        recorded[d] = d == 0 ? locations.add(0, -1, null, 0)
            : locations.add(d, recorded[d - 1], names[d - 1], indexes[d - 1]);
      }
      recordedAbove = depth + 1;
      locations.locate(recorded[depth], tokenOffset());
    }
  }

  /**
   * Returns the recorded locations.
   *
   * @return the locations; {@link Locations#NONE} when not recording
   */
  public Locations recordedLocations() {
    return locations == null ? Locations.NONE : locations;
  }

  /** Makes unknown members warnings, for a document of a newer minor version. */
  public void unknownMembersAreWarnings() {
    unknownMembersAreWarnings = true;
  }

  /**
   * Enters a member of the current object.
   *
   * @param name the member name
   */
  public void enter(String name) {
    grow();
    names[depth] = name;
    depth++;
    if (recorded != null) {
      recorded[depth] = -1;
      recordedAbove = Math.min(recordedAbove, depth);
    }
  }

  /**
   * Enters an element of the current array.
   *
   * @param index the element index
   */
  public void enter(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
    if (recorded != null) {
      recorded[depth] = -1;
      recordedAbove = Math.min(recordedAbove, depth);
    }
  }

  /**
   * Records that the member just {@link #enter(String) entered} holds the value that format 1.1 names
   * {@code modelName} in the same object (a 1.0 member such as {@code budgetCents} for {@code budget}),
   * so that a finding on the model's pointer can be placed on the member the document writes.
   *
   * @param modelName the 1.1 member holding the same model value
   */
  public void alias(String modelName) {
    if (aliases == null) {
      aliases = new HashMap<>();
    }
    depth--;
    String parent = pointer();
    depth++;
    aliases.put(JsonPointer.append(parent, modelName), pointer());
  }

  /**
   * Records that the member {@code documentName} of the current object holds the value of its member
   * {@code modelName}: a misnamed member read as meant (« titre » for {@code title}).
   *
   * @param modelName the 1.1 member holding the value
   * @param documentName the member the document writes
   */
  public void alias(String modelName, String documentName) {
    if (aliases == null) {
      aliases = new HashMap<>();
    }
    String here = pointer();
    aliases.put(JsonPointer.append(here, modelName), JsonPointer.append(here, documentName));
  }

  /**
   * Returns the members recorded by {@link #alias(String)}.
   *
   * @return the document's pointer by the model's pointer; empty when no 1.0 member was replaced
   */
  public Map<String, String> aliases() {
    return aliases == null ? Map.of() : aliases;
  }

  /** Leaves the member or element last entered. */
  public void leave() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      if (recorded != null) {
        int from = recorded.length;
        recorded = Arrays.copyOf(recorded, depth * 2 + 1);
        Arrays.fill(recorded, from, recorded.length, -1);
      }
    }
  }

  /**
   * Returns the JSON Pointer of the current value.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer(names, indexes, depth);
  }

  private static String pointer(String[] names, int[] indexes, int depth) {
    String pointer = "";
    for (int i = 0; i < depth; i++) {
      pointer = names[i] != null ? JsonPointer.append(pointer, names[i]) : JsonPointer.append(pointer, indexes[i]);
    }
    return pointer;
  }

  /**
   * Where the read is, kept to write its JSON Pointer later, only if it is needed: a copy of the path's
   * few steps costs less than the pointer's string, built from the root.
   */
  private static final class Path {
    private final String[] names;
    private final int[] indexes;

    Path(String[] names, int[] indexes) {
      this.names = names;
      this.indexes = indexes;
    }

    String pointer() {
      return ReadContext.pointer(names, indexes, names.length);
    }
  }

  private Path path() {
    return new Path(Arrays.copyOf(names, depth), Arrays.copyOf(indexes, depth));
  }

  /**
   * The document's minor version of format 1, once its {@code formatVersion} (1.0: {@code
   * schemaVersion}) is read; -1 before.
   */
  private int version = -1;
  /**
   * Members of some versions only, met in the document: field, path, location, and the other
   * version's name of a renamed member (or {@code null}).
   */
  private List<Object[]> versioned;
  /** Members format 1.0 required and the document lacks: path of the object, name, location. */
  private List<Object[]> missingIn10;
  private boolean absentDefaultIn10;

  /**
   * Sets the document's version, as its {@code formatVersion} (1.0: {@code schemaVersion}) says.
   *
   * @param minor the minor version of format 1
   */
  public void version(int minor) {
    version = minor;
  }

  /**
   * Returns the document's version.
   *
   * @return the minor version of format 1, or -1 when the document does not say (or not readably)
   */
  public int version() {
    return version;
  }

  /** The members that say the document's version: 1.1's name and 1.0's. */
  private static final java.util.Set<String> VERSION_MEMBERS =
      java.util.Set.of(Shapes.FORMAT_VERSION_MEMBER, Shapes.SCHEMA_VERSION_MEMBER);

  /** The version found by {@link #peekVersion()}: -2 before it is looked for. */
  private int peeked = -2;

  /**
   * Returns the minor version of format 1 whose members the document is read against, known before
   * its version member is read: what a name people write stands for depends on it (« montant » is
   * {@code amount} in a 1.1 document, {@code amountCents} in a 1.0 one), and in canonical order the
   * {@code formatVersion} (1.0: {@code schemaVersion}) comes after the axes and their sheets.
   * When the version is not read yet, it is looked for,
   * once, in a second parse of the root object that skips every other member: only a read that meets
   * such a name pays for it.
   *
   * @return the document's minor version, at most the newest known; the newest when the document does
   *     not say it readably (as {@link #finish()} reads it)
   */
  public int readingMinor() {
    int minor = version;
    if (minor < 0) {
      if (peeked == -2) {
        peeked = peekVersion();
      }
      minor = peeked;
    }
    return minor < 0 ? Shapes.CURRENT_MINOR : Math.min(minor, Shapes.CURRENT_MINOR);
  }

  /**
   * The minor version the root's first {@code formatVersion} or {@code schemaVersion} names (the one the
   * read keeps when a document has both), as the reader reads it, or -1.
   */
  private int peekVersion() {
    tools.jackson.core.json.JsonFactory factory = tools.jackson.core.json.JsonFactory.builder()
        .streamReadConstraints(parser.streamReadConstraints()).build();
    try (JsonParser peek = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), input)) {
      if (peek.nextToken() != JsonToken.START_OBJECT) {
        return -1;
      }
      while (peek.nextToken() == JsonToken.PROPERTY_NAME) {
        boolean isVersion = VERSION_MEMBERS.contains(peek.currentName());
        JsonToken value = peek.nextToken();
        if (isVersion) {
          return value == JsonToken.VALUE_STRING ? Shapes.minorOf(peek.getString())
              : value == JsonToken.VALUE_NUMBER_FLOAT ? Shapes.minorOf(peek.getString()) : -1;
        }
        peek.skipChildren();
      }
      return -1;
    } catch (tools.jackson.core.JacksonException e) {
      return -1; // the main read reports what is wrong with the document
    }
  }

  /**
   * Records, at the current member name token, a member that only some versions have, to be checked
   * against the document's version once it is known.
   *
   * @param field the member's field
   * @param name the member's name
   * @param renamedAs the other version's name of the member, when format 1.1 renamed it ({@code
   *     formatVersion} for {@code schemaVersion}, and the reverse); {@code null} otherwise
   */
  public void versioned(Field<?, ?> field, String name, String renamedAs) {
    if (versioned == null) {
      versioned = new ArrayList<>();
    }
    enter(name);
    // Most are of the document's version and never reported: their pointer is written only if one is.
    versioned.add(new Object[] {field, path(), new long[] {tokenLineColumn(), tokenOffset()}, renamedAs});
    leave();
  }

  /**
   * Records that the current object lacks a member format 1.0 required.
   *
   * @param name the member's name
   * @param at where the object starts
   */
  public void missingIn10(String name, TokenStreamLocation at) {
    if (missingIn10 == null) {
      missingIn10 = new ArrayList<>();
    }
    missingIn10.add(new Object[] {path(), name, at}); // reported only in a 1.0 document
  }

  /** Records that a member with a 1.0 default is absent somewhere. */
  public void absentDefaultIn10() {
    absentDefaultIn10 = true;
  }

  /**
   * Tells whether the document lacks a member whose absence format 1.0 read as a default.
   *
   * @return whether 1.0's defaults must be applied (for a 1.0 document)
   */
  public boolean hasAbsentDefaultIn10() {
    return absentDefaultIn10;
  }

  /**
   * Lists the current value as unreadable: the document has a value here that could not be read (or
   * lacks a required one), so the contract holds a placeholder or nothing here.
   */
  public void markUnreadable() {
    if (omittedErrors > 0) {
      // Past the limit of problems: the list of unreadable values stays as long as the problems kept.
      unreadableOmitted = true;
      return;
    }
    unreadable.add(pointer());
  }

  /**
   * Limits the problems kept: past {@code max}, problems are counted, not kept (an error takes the place
   * of the last warning kept, so that errors are kept first), and {@link #finish()} ends the findings
   * with one {@link ReadProblem#TOO_MANY_PROBLEMS} that says how many were left out. The problems that
   * stop a read or say its version are always kept.
   *
   * @param max the most problems kept
   */
  public void limitProblems(int max) {
    this.maxProblems = max;
  }

  /**
   * Tells whether a value the reader could not read went unlisted in {@link #unreadable()}, the
   * problems having passed their limit: the contract read must then not be given, since the rules could
   * not tell its placeholders from values read.
   *
   * @return whether the list of unreadable values is incomplete
   */
  public boolean unreadableIncomplete() {
    return unreadableOmitted;
  }

  /**
   * Whether a problem is past the limit: it is then counted, not kept. An error past the limit takes the
   * place of the last warning kept, if any: the errors are kept first, then the warnings, the first found
   * of each.
   */
  private boolean omits(ReadProblem problem, Severity severity) {
    if (kept < maxProblems || ALWAYS_KEPT.contains(problem)) {
      return false;
    }
    if (severity == Severity.ERROR && dropLastWarning()) {
      return false;
    }
    count(severity);
    if (problem == ReadProblem.UNKNOWN_MEMBER && severity == Severity.ERROR) {
      omittedUnknownMemberErrors++;
    }
    return true;
  }

  private void count(Severity severity) {
    switch (severity) {
      case ERROR:
        omittedErrors++;
        break;
      case WARNING:
        omittedWarnings++;
        break;
      default:
        omittedInfos++;
        break;
    }
  }

  /**
   * Leaves out the last warning kept (its place in the list becomes null), to make room for an error;
   * false when every problem kept is an error or says how the read went. Only errors come in once the
   * limit is reached, so the search goes backwards from where it stopped: each finding is looked at once.
   */
  private boolean dropLastWarning() {
    if (!full) {
      full = true;
      lastWarning = findings.size() - 1;
    }
    for (; lastWarning >= 0; lastWarning--) {
      Finding finding = findings.get(lastWarning);
      if (finding != null && finding.severity() != Severity.ERROR
          && ReadProblem.fromCode(finding.code()).filter(ALWAYS_KEPT::contains).isEmpty()) {
        findings.set(lastWarning--, null);
        kept--;
        count(finding.severity());
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the JSON Pointers of the values that could not be read, in document order.
   *
   * @return the pointers
   */
  public List<String> unreadable() {
    return unreadable;
  }

  /**
   * Records a problem at the current value and token.
   *
   * @param problem the problem
   * @param params the message parameters, as name, value, name, value…
   */
  public void report(ReadProblem problem, String... params) {
    if (omits(problem, problem.severity())) {
      return;
    }
    report(problem, problem.severity(), pointer(), parser.currentTokenLocation(), params);
  }

  /**
   * Records a problem with an explicit severity, pointer and location.
   *
   * @param problem the problem
   * @param severity the severity
   * @param pointer the JSON Pointer
   * @param location jackson-core's location, or {@code null} when unknown
   * @param params the message parameters, as name, value, name, value…
   */
  public void report(
      ReadProblem problem, Severity severity, String pointer, TokenStreamLocation location,
      String... params) {
    if (omits(problem, severity)) {
      return;
    }
    Finding.Builder finding =
        Finding.builder().code(problem.code()).severity(severity).pointer(pointer);
    SourceLocation at = location(location);
    if (at != null) {
      finding.location(at);
    }
    for (int i = 0; i + 1 < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    findings.add(finding.build());
    kept++;
  }

  /**
   * Records a problem at an explicit source location.
   *
   * @param problem the problem
   * @param severity the severity
   * @param pointer the JSON Pointer
   * @param at the line and column, or {@code null} when unknown
   * @param params the message parameters, as name, value, name, value…
   */
  public void reportAt(ReadProblem problem, Severity severity, String pointer, SourceLocation at, String... params) {
    if (omits(problem, severity)) {
      return;
    }
    Finding.Builder finding = Finding.builder().code(problem.code()).severity(severity).pointer(pointer);
    if (at != null) {
      finding.location(at);
    }
    for (int i = 0; i + 1 < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    findings.add(finding.build());
    kept++;
  }

  /**
   * Records an unknown member at the current (member name) token and skips its value.
   *
   * @param name the member name
   */
  public void unknownMember(String name) {
    unknownMember(name, null);
  }

  /**
   * Records an unknown member at the current (member name) token, with the member it most likely
   * stands for, and skips its value.
   *
   * @param name the member name
   * @param suggestion the format's member it may stand for, or {@code null}
   */
  public void unknownMember(String name, String suggestion) {
    reportUnknown(name, suggestion, false);
    parser.nextToken();
    parser.skipChildren();
  }

  /**
   * Records a member written under another name (« titre » for {@code title}) at the current (member
   * name) token; its value is read by the caller, for the member it stands for.
   *
   * @param name the member name as written
   * @param meant the format's member it stands for
   * @return the finding's index, for {@link #notReadAs(int)}; -1 when past the limit of problems
   */
  public int misnamedMember(String name, String meant) {
    int before = findings.size();
    reportUnknown(name, meant, true);
    return findings.size() > before ? findings.size() - 1 : -1;
  }

  /**
   * Says, in the finding of a misnamed member, that its value was not read after all: the object has
   * the member it stands for under its own name.
   *
   * @param finding the index {@link #misnamedMember(String, String)} returned
   */
  public void notReadAs(int finding) {
    Finding misnamed = finding < 0 ? null : findings.get(finding);
    if (misnamed == null) {
      return; // past the limit of problems: counted, not kept
    }
    Map<String, String> params = new java.util.LinkedHashMap<>(misnamed.params());
    params.remove("readAs");
    if (unknownMembersAreWarnings) {
      params.put("problem", "ignored");
    }
    findings.set(finding, Finding.copyOf(misnamed).withParams(params));
  }

  private void reportUnknown(String name, String suggestion, boolean read) {
    if (omits(ReadProblem.UNKNOWN_MEMBER, unknownMembersAreWarnings ? Severity.WARNING : Severity.ERROR)) {
      return;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    enter(name);
    String pointer = pointer();
    leave();
    String shown = excerpt(name);
    List<String> params = new ArrayList<>(List.of("member", shown));
    if (suggestion != null) {
      params.addAll(List.of("suggestion", suggestion));
    }
    if (read) {
      params.addAll(List.of("readAs", suggestion));
    } else if (unknownMembersAreWarnings) {
      params.addAll(List.of("problem", "ignored"));
    }
    report(ReadProblem.UNKNOWN_MEMBER, unknownMembersAreWarnings ? Severity.WARNING : Severity.ERROR,
        pointer, at, params.toArray(new String[0]));
  }

  /**
   * Records a value of the wrong type at the current token and skips it.
   *
   * @param expected the expected JSON type, in words
   * @return {@code null}, for the caller to return
   * @param <V> the caller's value type
   */
  @SuppressWarnings("TypeParameterUnusedInFormals") // always null: fits any caller's return type
  public <V> V wrongType(String expected) {
    return wrongType(expected, null);
  }

  /**
   * Records a value of the wrong type at the current token, with the value as written when it is a
   * scalar and the likely fix, and skips it.
   *
   * @param expected the expected JSON type: {@code string}, {@code integer}, {@code number}, {@code
   *     boolean}, {@code object}, {@code array}, {@code indicator_value}
   * @param suggestion what to write instead, as JSON text ({@code 1200000}, {@code "2022-01-25"}), or
   *     {@code null}
   * @return {@code null}, for the caller to return when it has no reading of the value
   * @param <V> the caller's value type
   */
  @SuppressWarnings("TypeParameterUnusedInFormals") // always null: fits any caller's return type
  public <V> V wrongType(String expected, String suggestion) {
    JsonToken token = parser.currentToken();
    String written = token.isScalarValue() && token != JsonToken.VALUE_NULL ? excerpt(parser.getString()) : null;
    String[] params = written == null
        ? new String[] {"expected", expected, "actual", actual(token)}
        : suggestion == null
            ? new String[] {"expected", expected, "actual", actual(token), "value", written}
            : new String[] {"expected", expected, "actual", actual(token), "value", written, "suggestion", suggestion};
    if (depth == 0) {
      // The whole document is not a contract: no field to speak of.
      params = java.util.Arrays.copyOf(params, params.length + 2);
      params[params.length - 2] = "problem";
      params[params.length - 1] = "document";
    }
    report(ReadProblem.WRONG_TYPE, params);
    parser.skipChildren();
    return null;
  }

  /** The longest excerpt of a value that a finding quotes. */
  static final int EXCERPT = 80;

  /**
   * Returns a value as a finding quotes it: its first 80 characters, then « … ».
   *
   * @param text the value as written
   * @return the excerpt
   */
  public static String excerpt(String text) {
    if (text.length() <= EXCERPT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
    return text.substring(0, end) + "…";
  }

  private static String actual(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name();
    }
  }

  /**
   * Ends the read: for a document of a newer minor version, unknown members become warnings wherever
   * they were met, before or after its version member.
   *
   * @return the findings
   */
  public List<Finding> finish() {
    int minor = version < 0 ? Shapes.CURRENT_MINOR : Math.min(version, Shapes.CURRENT_MINOR);
    if (versioned != null) {
      for (Object[] entry : versioned) {
        Field<?, ?> field = (Field<?, ?>) entry[0];
        // A renamed member (the version's own) is judged against the version the document says, and
        // not at all when it does not say one readably: its value is then what is wrong.
        if (!field.in(minor) && (entry[3] == null || version >= 0)) {
          String name = field.name();
          List<String> params = new ArrayList<>(List.of("member", name, "version", "1." + minor));
          if (entry[3] != null) {
            params.addAll(List.of("problem", "version-renamed", "suggestion", (String) entry[3]));
          } else if (field.replacement().isPresent()) {
            params.addAll(List.of("problem", "version-removed", "suggestion", field.replacement().get()));
          } else {
            params.addAll(List.of("problem", "version-newer", "since", "1." + field.since()));
          }
          report(ReadProblem.UNKNOWN_MEMBER, unknownMembersAreWarnings ? Severity.WARNING : Severity.ERROR,
              ((Path) entry[1]).pointer(), location(((long[]) entry[2])[0], ((long[]) entry[2])[1]),
              params.toArray(new String[0]));
        }
      }
    }
    if (missingIn10 != null && version == 0) {
      for (Object[] entry : missingIn10) {
        report(ReadProblem.MISSING_MEMBER, ReadProblem.MISSING_MEMBER.severity(), ((Path) entry[0]).pointer(),
            (TokenStreamLocation) entry[2], "member", (String) entry[1]);
      }
    }
    if (unknownMembersAreWarnings && !lenient) {
      for (int i = 0; i < findings.size(); i++) {
        Finding finding = findings.get(i);
        if (finding != null && finding.code().equals(ReadProblem.UNKNOWN_MEMBER.code())) {
          Finding warning = Finding.copyOf(finding).withSeverity(Severity.WARNING);
          // A member read for another (readAs) or of another version (problem) is read, not ignored.
          boolean read = finding.params().containsKey("readAs") || finding.params().containsKey("problem");
          findings.set(i, read ? warning : warning.withParams(with(finding.params(), "problem", "ignored")));
        }
      }
      omittedErrors -= omittedUnknownMemberErrors;
      omittedWarnings += omittedUnknownMemberErrors;
      omittedUnknownMemberErrors = 0;
    }
    if (full) {
      findings.removeIf(java.util.Objects::isNull); // the warnings errors took the place of
    }
    long left = omittedErrors + omittedWarnings + omittedInfos;
    if (left > 0) {
      long errors = omittedErrors;
      Severity severity = errors > 0 ? Severity.ERROR : omittedWarnings > 0 ? Severity.WARNING : Severity.INFO;
      Finding.Builder tooMany = Finding.builder().code(ReadProblem.TOO_MANY_PROBLEMS.code()).severity(severity)
          .pointer("").putParam("limit", Integer.toString(maxProblems)).putParam("omitted", Long.toString(left));
      if (errors > 0) {
        tooMany.putParam("errors", Long.toString(errors));
      }
      findings.add(tooMany.build());
    }
    return findings;
  }

  private static Map<String, String> with(Map<String, String> params, String name, String value) {
    Map<String, String> more = new java.util.LinkedHashMap<>(params);
    more.put(name, value);
    return more;
  }

  /**
   * Returns the findings recorded so far.
   *
   * @return the findings, in the order recorded
   */
  public List<Finding> findings() {
    if (full) {
      List<Finding> listed = new ArrayList<>(findings);
      listed.removeIf(java.util.Objects::isNull);
      return listed;
    }
    return findings;
  }

  /**
   * Converts a jackson-core location (byte columns for UTF-8 input) into a line and UTF-16 column.
   *
   * @param location the location, or {@code null}
   * @return the source location, or {@code null} when unknown
   */
  public SourceLocation location(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return null;
    }
    return columns.at(location.getLineNr(), location.getColumnNr(), location.getByteOffset());
  }
}
