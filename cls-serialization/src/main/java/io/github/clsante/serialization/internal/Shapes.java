package io.github.clsante.serialization.internal;

import io.github.clsante.model.Coded;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Spelling;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The scalar shapes of the JSON format. */
public final class Shapes {

  /** The largest integer a JSON number holds exactly in every implementation (2^53 − 1). */
  public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

  /** The format version this writer writes and this reader reads, with every older 1.x. */
  public static final String FORMAT_VERSION = "1.1";

  /** The minor version of {@link #FORMAT_VERSION}. */
  public static final int CURRENT_MINOR = 1;

  private static final int SUPPORTED_MAJOR = 1;
  private static final int SUPPORTED_MINOR = CURRENT_MINOR;

  private Shapes() {}

  private static Map<String, Object> json(Object... keysAndValues) {
    Map<String, Object> schema = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      schema.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return schema;
  }

  /** Reads the current string token, reporting (and keeping) an unpaired surrogate. */
  static String text(ReadContext in) {
    String text = in.parser().getString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          in.report(ReadProblem.INVALID_STRING);
          break;
        }
      }
    }
    return text;
  }

  /**
   * A shape from its parts: how to read, how to write, its schema and the names of its type.
   *
   * @param expected the JSON type expected, in the words of a WRONG_TYPE finding
   * @param documented the type as FORMAT.md names it
   * @param schema the JSON Schema of the value
   * @param placeholder the value standing for one that could not be read
   * @param read reads the value at the current token, or records a finding and returns {@code null}
   * @param write writes a value
   * @param <V> the value type
   * @return the shape
   */
  static <V> ValueShape<V> scalar(String expected, String documented, Map<String, Object> schema,
      V placeholder, Function<ReadContext, V> read, BiConsumer<V, JsonSink> write) {
    Map<String, Object> fixed = Collections.unmodifiableMap(schema);
    return new ValueShape<>() {
      @Override
      public V read(ReadContext in) {
        return read.apply(in);
      }

      @Override
      public V placeholder() {
        return placeholder;
      }

      @Override
      public void write(V value, JsonSink out) {
        write.accept(value, out);
      }

      @Override
      public Map<String, Object> schema() {
        return new LinkedHashMap<>(fixed);
      }

      @Override
      public String expected() {
        return expected;
      }

      @Override
      public String documentedType() {
        return documented;
      }
    };
  }

  /** A string, kept exactly. */
  public static final ValueShape<String> STRING = stringShape(Shapes::string);

  /**
   * An identifier unique in the contract (a sheet's, an indicator's, an axis's…): a string, its hash
   * computed while it is read, when its text is in the processor's caches, for the rules that index
   * every id of a contract.
   */
  public static final ValueShape<String> UNIQUE_ID = stringShape(in -> {
    String id = string(in);
    if (id != null) {
      int unused = id.hashCode(); // cached by the String
    }
    return id;
  });

  /**
   * A party's id, or a reference's {@code partyId}: a string, one instance per id within a read
   * ({@link ReadContext#partyId(String)}).
   */
  public static final ValueShape<String> PARTY_ID = stringShape(in -> {
    String id = string(in);
    return id == null ? null : in.partyId(id);
  });

  /** A shape written and described as a JSON string, read by {@code read}. */
  private static ValueShape<String> stringShape(Function<ReadContext, String> read) {
    return scalar("string", "string", json("type", "string"), "", read, (value, out) -> out.out().string(value));
  }

  /**
   * Reads a string; a number or a boolean where text is expected is read as the text it is written
   * with (reported, with the quoted form to write).
   */
  private static String string(ReadContext in) {
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_STRING) {
      return text(in);
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
        || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      String written = in.parser().getString();
      in.wrongType("string", CanonicalOutput.quoted(written));
      return written;
    }
    return in.wrongType("string");
  }

  /** A boolean. */
  public static final ValueShape<Boolean> BOOLEAN = scalar("boolean", "boolean", json("type", "boolean"), Boolean.FALSE,
      in -> {
        if (in.token() == JsonToken.VALUE_TRUE || in.token() == JsonToken.VALUE_FALSE) {
          return in.token() == JsonToken.VALUE_TRUE;
        }
        Optional<Boolean> reading = in.token() == JsonToken.VALUE_STRING
            ? Readings.bool(in.parser().getString()) : Optional.empty();
        in.wrongType("boolean", reading.map(String::valueOf).orElse(null));
        return reading.orElse(null);
      },
      (value, out) -> out.out().bool(value));

  /**
   * The longest number the format reads, in characters: longer ones get a located {@code
   * CLS-JSON-NUMBER-TOO-LONG} and reading goes on. jackson-core's own, fatal limit is {@link
   * #PARSER_MAX_NUMBER_LENGTH}.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The number length beyond which jackson-core stops the whole read (and canonicalisation). */
  public static final int PARSER_MAX_NUMBER_LENGTH = 1000;

  /** The largest finite double in the ECMAScript form, the bound of {@code number} members. */
  static final String MAX_DOUBLE = "1.7976931348623157e+308";

  /**
   * Checks that the number at the current token is not longer than {@link #MAX_NUMBER_LENGTH},
   * reporting it otherwise.
   */
  private static boolean withinLength(ReadContext in) {
    if (in.parser().getStringLength() <= MAX_NUMBER_LENGTH) {
      return true;
    }
    in.report(ReadProblem.NUMBER_TOO_LONG, "limit", Integer.toString(MAX_NUMBER_LENGTH));
    return false;
  }

  /**
   * Reads a whole number within bounds; integral floats ({@code 3.0}, {@code 1e3}) are accepted.
   * Every number gives a value or a finding, whatever its exponent: nothing here lets jackson-core
   * or {@link BigDecimal} throw.
   */
  private static Long wholeNumber(ReadContext in, long min, long max) {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      Optional<Long> reading = token == JsonToken.VALUE_STRING
          ? Readings.wholeNumber(in.parser().getString()).filter(v -> v >= min && v <= max) : Optional.empty();
      in.wrongType("integer", reading.map(String::valueOf).orElse(null));
      return reading.orElse(null);
    }
    if (!withinLength(in)) {
      return null;
    }
    JsonParser parser = in.parser();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = parser.getLongValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
      return outOfRange(in, parser.getString(), Long.toString(min), Long.toString(max));
    }
    // Exactly, not through a double: 1.00000000000000001 is not a whole number.
    String text = parser.getString();
    BigDecimal value = NumberText.exact(text);
    if (value == null) { // an exponent beyond what BigDecimal holds (1e11111111111)
      if (NumberText.isZero(text)) {
        return 0L;
      }
      if (NumberText.hasNegativeExponent(text)) {
        in.report(ReadProblem.INVALID_NUMBER, "number", text);
        return null;
      }
      return outOfRange(in, text, Long.toString(min), Long.toString(max));
    }
    if (value.signum() == 0) {
      return 0L;
    }
    value = value.stripTrailingZeros();
    if (value.scale() > 0) {
      in.report(ReadProblem.INVALID_NUMBER, "number", text);
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      return outOfRange(in, text, Long.toString(min), Long.toString(max));
    }
    return value.longValueExact();
  }

  @SuppressWarnings("TypeParameterUnusedInFormals") // always null: fits any caller's return type
  private static <V> V outOfRange(ReadContext in, String text, String min, String max) {
    in.report(ReadProblem.NUMBER_OUT_OF_RANGE, "number", text, "min", min, "max", max);
    return null;
  }

  /** A whole number that fits in an {@code int}. */
  public static final ValueShape<Integer> INT = scalar("integer", "integer",
      json("type", "integer", "minimum", (long) Integer.MIN_VALUE, "maximum", (long) Integer.MAX_VALUE), 0,
      in -> {
        Long value = wholeNumber(in, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
      },
      (value, out) -> out.out().number((long) value));

  /** A whole number that every JSON implementation holds exactly: |n| ≤ 2^53 − 1. */
  public static final ValueShape<Long> SAFE_LONG = scalar("integer", "integer",
      json("type", "integer", "minimum", -MAX_SAFE_INTEGER, "maximum", MAX_SAFE_INTEGER), 0L,
      in -> wholeNumber(in, -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER),
      (value, out) -> out.out().number((long) value));

  /** An amount in whole euro cents. */
  public static final ValueShape<EuroAmount> CENTS = scalar("integer", "cents", SAFE_LONG.schema(), EuroAmount.ZERO,
      in -> {
        if (in.token() == JsonToken.VALUE_STRING) {
          // « 12 000 € »: euros written as text, read as the cents they mean.
          Optional<Long> cents = Readings.euroCents(in.parser().getString())
              .filter(c -> Math.abs(c) <= MAX_SAFE_INTEGER);
          in.wrongType("cents", cents.map(String::valueOf).orElse(null));
          return cents.map(EuroAmount::ofCents).orElse(null);
        }
        Long cents = SAFE_LONG.read(in);
        return cents == null ? null : EuroAmount.ofCents(cents);
      },
      (value, out) -> out.out().number(value.cents()));

  /**
   * The largest amount in euros the format holds: 9 999 999 999 999,99 €, fifteen significant digits,
   * which every JSON implementation reading numbers as doubles keeps to the cent. (A 1.0 amount in cents
   * may be larger: migration refuses it.)
   */
  public static final BigDecimal MAX_EUROS = new BigDecimal("9999999999999.99");

  /** An amount of money in euros, at most two decimals ({@code 12000}, {@code 1500.5}), kept exact. */
  public static final ValueShape<EuroAmount> EUROS = scalar("euros", "euros",
      json("type", "number", "minimum", -MAX_EUROS.doubleValue(), "maximum", MAX_EUROS.doubleValue()), EuroAmount.ZERO,
      in -> {
        JsonToken token = in.token();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
          // « 12 000 € »: the amount written as text, read as the euros it means.
          Optional<Long> cents = token == JsonToken.VALUE_STRING
              ? Readings.euroCents(in.parser().getString())
                  .filter(c -> BigDecimal.valueOf(c, 2).abs().compareTo(MAX_EUROS) <= 0)
              : Optional.empty();
          in.wrongType("euros", cents.map(c -> euros(EuroAmount.ofCents(c))).orElse(null));
          return cents.map(EuroAmount::ofCents).orElse(null);
        }
        if (!withinLength(in)) {
          return null;
        }
        String text = in.parser().getString();
        BigDecimal value = NumberText.exact(text);
        if (value == null) {
          if (NumberText.isZero(text)) {
            return EuroAmount.ZERO;
          }
          if (NumberText.hasNegativeExponent(text)) {
            in.report(ReadProblem.INVALID_NUMBER, "number", text, "problem", "decimals");
            return null;
          }
          return outOfRange(in, text, MAX_EUROS.negate().toPlainString(), MAX_EUROS.toPlainString());
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 2) {
          in.report(ReadProblem.INVALID_NUMBER, "number", text, "problem", "decimals");
          return null;
        }
        if (value.abs().compareTo(MAX_EUROS) > 0) {
          return outOfRange(in, text, MAX_EUROS.negate().toPlainString(), MAX_EUROS.toPlainString());
        }
        return EuroAmount.ofCents(value.movePointRight(2).longValueExact());
      },
      (value, out) -> out.out().euros(value.cents()));

  /**
   * An amount in euros as the canonical form writes it: the shortest decimal, as ECMAScript writes the
   * double nearest to it ({@code 12000}, {@code 1500.5}, {@code 0.05}), exact for up to fifteen digits.
   *
   * @param amount the amount
   * @return the JSON number
   */
  public static String euros(EuroAmount amount) {
    BigDecimal euros = amount.toEuros().stripTrailingZeros();
    return euros.signum() == 0 ? "0" : euros.scale() < 0 ? euros.setScale(0).toPlainString() : euros.toPlainString();
  }

  /**
   * Reads a finite double from a number token. A number beyond the range of a double is out of range;
   * a non-zero number too close to zero for a double is read as 0 with a warning, as every JSON
   * implementation that uses doubles reads it.
   */
  private static Double finite(ReadContext in) {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      // A number written as text is read as meant, unless it is beyond a double (400 digits), which
      // neither the model nor JSON holds: then there is nothing to suggest.
      Optional<Double> reading = token == JsonToken.VALUE_STRING
          ? Readings.decimal(in.parser().getString()).filter(Double::isFinite) : Optional.empty();
      in.wrongType("number", reading.map(Es6Number::format).orElse(null));
      return reading.orElse(null);
    }
    if (!withinLength(in)) {
      return null;
    }
    double value = in.parser().getDoubleValue();
    if (Double.isInfinite(value)) {
      return outOfRange(in, in.parser().getString(), "-" + MAX_DOUBLE, MAX_DOUBLE);
    }
    if (value == 0.0) {
      String text = in.parser().getString();
      if (!NumberText.isZero(text)) {
        in.report(ReadProblem.NUMBER_ROUNDED_TO_ZERO, "number", text);
      }
      return 0.0; // -0 is 0 in JSON's canonical form
    }
    return value;
  }

  /** A finite number (an IEEE 754 double). */
  public static final ValueShape<Double> DOUBLE = scalar("number", "number", json("type", "number"), 0.0,
      Shapes::finite, (value, out) -> out.out().number((double) value));

  /** A date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, years 0001 to 9999. */
  public static final ValueShape<PartialDate> DATE = scalar("string", "date",
      json("type", "string",
          "pattern", "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"),
      PartialDate.ofYear(1),
      in -> {
        if (in.token() != JsonToken.VALUE_STRING) {
          if (in.token() == JsonToken.VALUE_NUMBER_INT) {
            Optional<PartialDate> year = PartialDate.tryParse(in.parser().getString());
            in.wrongType("date", year.map(y -> CanonicalOutput.quoted(y.toString())).orElse(null));
            return year.orElse(null);
          }
          return in.wrongType("date");
        }
        String written = in.parser().getString();
        Optional<PartialDate> date = PartialDate.tryParse(written);
        if (date.isEmpty()) {
          // « 25/01/2022 »: a French date, read as the day it names.
          Optional<PartialDate> reading = Readings.date(written);
          if (written.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
            // The right form, but no such day or month in the calendar (2022-02-30, 2022-13).
            in.report(ReadProblem.INVALID_DATE, "value", written, "problem", "not-in-calendar");
          } else if (reading.isPresent()) {
            in.report(ReadProblem.INVALID_DATE, "value", ReadContext.excerpt(written),
                "suggestion", reading.get().toString());
          } else {
            in.report(ReadProblem.INVALID_DATE, "value", ReadContext.excerpt(written));
          }
          return reading.orElse(null);
        }
        return date.get();
      },
      (value, out) -> out.out().string(value.toString()));

  /** An indicator value: a number, a boolean or a string. */
  public static final ValueShape<IndicatorValue> INDICATOR_VALUE = scalar("indicator_value",
      "indicator value", json("type", List.of("number", "boolean", "string")), IndicatorValue.ofText(""),
      in -> {
        switch (in.token()) {
          case VALUE_TRUE:
            return IndicatorValue.ofBoolean(true);
          case VALUE_FALSE:
            return IndicatorValue.ofBoolean(false);
          case VALUE_STRING:
            return IndicatorValue.ofText(text(in));
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            Double number = finite(in);
            return number == null ? null : IndicatorValue.ofNumber(number);
          default:
            return in.wrongType("indicator_value");
        }
      },
      (value, out) -> {
        switch (value.kind()) {
          case NUMBER:
            out.out().number((double) value.number().orElseThrow());
            break;
          case BOOLEAN:
            out.out().bool(value.bool().orElseThrow());
            break;
          default:
            out.out().string(value.text().orElseThrow());
        }
      });

  /**
   * A code of a closed list: a code outside the list is an error.
   *
   * @param type the enum
   * @param list the list's name, for findings and the schema
   * @param <E> the enum type
   * @return the shape
   */
  public static <E extends Enum<E> & Coded> ValueShape<E> closed(Class<E> type, String list) {
    Map<String, E> byCode = new LinkedHashMap<>();
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      byCode.put(constant.code(), constant);
      allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.code());
      if (!constant.frenchLabel().equals(constant.code())) {
        allowed.append(" (").append(constant.frenchLabel()).append(')');
      }
    }
    String allowedCodes = allowed.toString();
    List<E> constants = List.of(type.getEnumConstants());
    return scalar("string", "code ([" + list + "](#" + list.toLowerCase(Locale.ROOT) + "), closed)",
        json("type", "string", "enum", new ArrayList<>(byCode.keySet())), type.getEnumConstants()[0],
        in -> {
          if (in.token() != JsonToken.VALUE_STRING) {
            // 24 for "24": the code written as a number is read as the code.
            E written = in.token() == JsonToken.VALUE_NUMBER_INT ? byCode.get(in.parser().getString()) : null;
            in.wrongType("code", written == null ? null : CanonicalOutput.quoted(written.code()));
            return written;
          }
          String code = in.parser().getString();
          E constant = byCode.get(code);
          if (constant != null) {
            return constant;
          }
          // « signé »: a French label (or a code in another case) names its code, which is read.
          Optional<E> meant = Spelling.byLabel(constants, code);
          Optional<E> suggestion = meant.isPresent() ? meant : Spelling.closestCode(constants, code);
          if (meant.isPresent()) {
            in.report(ReadProblem.UNKNOWN_CODE, "code", ReadContext.excerpt(code), "list", list,
                "allowed", allowedCodes, "suggestion", meant.get().code(),
                "suggestionLabel", meant.get().frenchLabel(), "readAs", meant.get().code());
          } else if (suggestion.isPresent()) {
            in.report(ReadProblem.UNKNOWN_CODE, "code", ReadContext.excerpt(code), "list", list,
                "allowed", allowedCodes, "suggestion", suggestion.get().code(),
                "suggestionLabel", suggestion.get().frenchLabel());
          } else {
            in.report(ReadProblem.UNKNOWN_CODE, "code", ReadContext.excerpt(code), "list", list,
                "allowed", allowedCodes);
          }
          return meant.orElse(null);
        },
        (value, out) -> out.out().string(value.code()));
  }

  /**
   * A code of an open list: unknown codes are kept as they are.
   *
   * @param of the list's factory
   * @param known the well-known constants, for the schema's description
   * @param list the list's name, for the documentation
   * @param <C> the code list type
   * @return the shape
   */
  public static <C extends OpenCode> ValueShape<C> open(
      Function<String, C> of, Collection<C> known, String list) {
    List<String> codes = known.stream().map(OpenCode::code).toList();
    return scalar("string", "code ([" + list + "](#" + list.toLowerCase(Locale.ROOT) + "), open)",
        json("type", "string", "examples", codes), of.apply(""),
        in -> in.token() == JsonToken.VALUE_STRING ? of.apply(text(in)) : in.wrongType("string"),
        (value, out) -> out.out().string(value.code()));
  }

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /**
   * Returns the minor version of format 1 a version member names, as the reader takes it.
   *
   * @param version the version as written ({@code "1.0"})
   * @return the minor version, or -1 when it is not {@code 1.MINOR}
   */
  static int minorOf(String version) {
    java.util.regex.Matcher matcher = VERSION.matcher(version);
    return matcher.matches() && Integer.parseInt(matcher.group(1)) == SUPPORTED_MAJOR
        ? Integer.parseInt(matcher.group(2)) : -1;
  }

  /** The root member that says a document's format version, from format 1.1. */
  public static final String FORMAT_VERSION_MEMBER = "formatVersion";

  /** The root member that says a document's format version in format 1.0, renamed {@link #FORMAT_VERSION_MEMBER}. */
  public static final String SCHEMA_VERSION_MEMBER = "schemaVersion";

  /**
   * The document's format version ({@code formatVersion}, 1.0's {@code schemaVersion}): same major
   * accepted, newer minor a warning. A version written as a JSON number ({@code 1.1}) is reported with
   * the string to write, and read as meant.
   */
  public static final ValueShape<String> VERSION_VALUE = scalar("string", "string",
      json("type", "string", "pattern", "^1\\.(0|[1-9][0-9]{0,8})$"), FORMAT_VERSION,
      in -> {
        String version;
        if (in.token() == JsonToken.VALUE_STRING) {
          version = in.parser().getString();
        } else if (in.token() == JsonToken.VALUE_NUMBER_FLOAT && VERSION.matcher(in.parser().getString()).matches()) {
          // 1.1 for "1.1": the version written as a number is read as the version it spells.
          version = in.parser().getString();
          in.wrongType("string", CanonicalOutput.quoted(version));
        } else {
          return in.wrongType("string");
        }
        java.util.regex.Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
          in.report(ReadProblem.INVALID_VERSION, "version", version);
          return null;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major != SUPPORTED_MAJOR) {
          in.report(ReadProblem.UNSUPPORTED_VERSION, "version", version, "supported", FORMAT_VERSION);
          return null;
        }
        if (minor > SUPPORTED_MINOR) {
          in.report(ReadProblem.NEWER_VERSION, "version", version, "supported", FORMAT_VERSION);
          in.unknownMembersAreWarnings();
        }
        in.version(minor);
        return version;
      },
      (value, out) -> out.out().string(FORMAT_VERSION));

  /**
   * Extension data: an object whose members (namespaces) hold any JSON value, kept as canonical JSON
   * text.
   */
  public static final ValueShape<Map<String, String>> EXTENSIONS = scalar("object",
      "object (namespace → any JSON)", json("type", "object", "additionalProperties", true), Map.of(),
      in -> {
        if (in.token() != JsonToken.START_OBJECT) {
          return in.wrongType("object");
        }
        Map<String, String> extensions = new LinkedHashMap<>();
        while (in.next() == JsonToken.PROPERTY_NAME) {
          String namespace = in.parser().currentName();
          in.enter(namespace);
          if (extensions.containsKey(namespace)) {
            in.report(ReadProblem.DUPLICATE_MEMBER, "member", namespace);
            in.next();
            in.parser().skipChildren();
          } else {
            JsonToken first = in.next();
            int outside = in.parser().streamReadContext().getNestingDepth()
                - (first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY ? 1 : 0);
            try {
              Object tree = JsonTree.read(in.parser(), in.pointer());
              CanonicalOutput out = new CanonicalOutput();
              JsonTree.write(tree, out);
              extensions.put(namespace, new String(out.toByteArray(), StandardCharsets.UTF_8));
            } catch (ClsJsonException problem) {
              // JsonTree stops on the duplicate name or the bad number: report it, skip the rest.
              ReadProblem code = ReadProblem.fromCode(problem.code()).orElse(ReadProblem.SYNTAX);
              String[] params = code == ReadProblem.DUPLICATE_MEMBER
                  ? new String[] {"member", in.parser().currentName()}
                  : code == ReadProblem.NUMBER_OUT_OF_RANGE
                      ? new String[] {"number", in.parser().getString(), "min", "-" + MAX_DOUBLE, "max", MAX_DOUBLE}
                      : new String[0];
              in.report(code, code.severity(), problem.pointer(),
                  in.parser().currentTokenLocation(), params);
              while (in.parser().streamReadContext().getNestingDepth() > outside) {
                in.next();
              }
            }
          }
          in.leave();
        }
        return extensions;
      },
      (value, out) -> {
        out.beginObject();
        String[] namespaces = value.keySet().toArray(new String[0]);
        Arrays.sort(namespaces);
        for (String namespace : namespaces) {
          out.member(CanonicalOutput.memberName(namespace));
          out.out().raw(JsonCanonicalizer.canonicalize(
              value.get(namespace).getBytes(StandardCharsets.UTF_8), 64));
        }
        out.endObject();
      });
}
