package io.github.clsante.serialization.internal;

import io.github.clsante.model.Coded;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.indicator.IndicatorValue;
import io.github.clsante.serialization.ClsJsonException;
import io.github.clsante.serialization.ReadProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The scalar shapes of the JSON format. */
public final class Shapes {

  /** The largest integer a JSON number holds exactly in every implementation (2^53 − 1). */
  public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

  /** The format version this reader and writer implement. */
  public static final String FORMAT_VERSION = "1.0";

  private static final int SUPPORTED_MAJOR = 1;
  private static final int SUPPORTED_MINOR = 0;

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

  /** A string, kept exactly. */
  public static final ValueShape<String> STRING =
      new ValueShape<>() {
        @Override
        public String read(ReadContext in) {
          return in.token() == JsonToken.VALUE_STRING ? text(in) : in.wrongType(expected());
        }

        @Override
        public void write(String value, JsonSink out) {
          out.out().string(value);
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "string");
        }

        @Override
        public String expected() {
          return "string";
        }

        @Override
        public String documentedType() {
          return "string";
        }
      };

  /** A boolean. */
  public static final ValueShape<Boolean> BOOLEAN =
      new ValueShape<>() {
        @Override
        public Boolean read(ReadContext in) {
          JsonToken token = in.token();
          if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
          }
          return in.wrongType(expected());
        }

        @Override
        public void write(Boolean value, JsonSink out) {
          out.out().bool(value);
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "boolean");
        }

        @Override
        public String expected() {
          return "boolean";
        }

        @Override
        public String documentedType() {
          return "boolean";
        }
      };

  /** Reads a whole number within bounds; integral floats ({@code 3.0}, {@code 1e3}) are accepted. */
  private static Long wholeNumber(ReadContext in, long min, long max, String expected) {
    JsonToken token = in.token();
    JsonParser parser = in.parser();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        long value = parser.getLongValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      // Exactly, not through a double: 1.00000000000000001 is not a whole number.
      BigDecimal value = parser.getDecimalValue().stripTrailingZeros();
      if (value.signum() == 0) {
        return 0L;
      }
      if (value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(min)) >= 0
          && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return value.longValueExact();
      }
    } else {
      return in.wrongType("integer");
    }
    in.report(ReadProblem.INVALID_NUMBER, "expected", expected);
    return null;
  }

  /** A whole number that fits in an {@code int}. */
  public static final ValueShape<Integer> INT =
      new ValueShape<>() {
        @Override
        public Integer read(ReadContext in) {
          Long value = wholeNumber(in, Integer.MIN_VALUE, Integer.MAX_VALUE,
              "an integer from -2147483648 to 2147483647");
          return value == null ? null : value.intValue();
        }

        @Override
        public void write(Integer value, JsonSink out) {
          out.out().number((long) value);
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "integer", "minimum", (long) Integer.MIN_VALUE,
              "maximum", (long) Integer.MAX_VALUE);
        }

        @Override
        public String expected() {
          return "integer";
        }

        @Override
        public String documentedType() {
          return "integer";
        }
      };

  /** A whole number that every JSON implementation holds exactly: |n| ≤ 2^53 − 1. */
  public static final ValueShape<Long> SAFE_LONG =
      new ValueShape<>() {
        @Override
        public Long read(ReadContext in) {
          return wholeNumber(in, -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER,
              "an integer from -9007199254740991 to 9007199254740991");
        }

        @Override
        public void write(Long value, JsonSink out) {
          out.out().number((long) value);
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "integer", "minimum", -MAX_SAFE_INTEGER, "maximum", MAX_SAFE_INTEGER);
        }

        @Override
        public String expected() {
          return "integer";
        }

        @Override
        public String documentedType() {
          return "integer";
        }
      };

  /** An amount in whole euro cents. */
  public static final ValueShape<EuroAmount> CENTS =
      new ValueShape<>() {
        @Override
        public EuroAmount read(ReadContext in) {
          Long cents = SAFE_LONG.read(in);
          return cents == null ? null : EuroAmount.ofCents(cents);
        }

        @Override
        public void write(EuroAmount value, JsonSink out) {
          out.out().number(value.cents());
        }

        @Override
        public Map<String, Object> schema() {
          return SAFE_LONG.schema();
        }

        @Override
        public String expected() {
          return "integer";
        }

        @Override
        public String documentedType() {
          return "cents";
        }
      };

  /** Reads a finite double from a number token. */
  private static Double finite(ReadContext in) {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return in.wrongType("number");
    }
    double value = in.parser().getDoubleValue();
    if (Double.isInfinite(value)) {
      in.report(ReadProblem.INVALID_NUMBER, "expected", "a number within the range of a double");
      return null;
    }
    return value == 0.0 ? 0.0 : value; // -0 is 0 in JSON's canonical form
  }

  /** A finite number (an IEEE 754 double). */
  public static final ValueShape<Double> DOUBLE =
      new ValueShape<>() {
        @Override
        public Double read(ReadContext in) {
          return finite(in);
        }

        @Override
        public void write(Double value, JsonSink out) {
          out.out().number((double) value);
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "number");
        }

        @Override
        public String expected() {
          return "number";
        }

        @Override
        public String documentedType() {
          return "number";
        }
      };

  /** A date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static final ValueShape<PartialDate> DATE =
      new ValueShape<>() {
        @Override
        public PartialDate read(ReadContext in) {
          if (in.token() != JsonToken.VALUE_STRING) {
            return in.wrongType("string");
          }
          Optional<PartialDate> date = PartialDate.tryParse(in.parser().getString());
          if (date.isEmpty()) {
            in.report(ReadProblem.INVALID_DATE);
            return null;
          }
          return date.get();
        }

        @Override
        public void write(PartialDate value, JsonSink out) {
          out.out().string(value.toString());
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "string",
              "pattern", "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
        }

        @Override
        public String expected() {
          return "string";
        }

        @Override
        public String documentedType() {
          return "date";
        }
      };

  /** An indicator value: a number, a boolean or a string. */
  public static final ValueShape<IndicatorValue> INDICATOR_VALUE =
      new ValueShape<>() {
        @Override
        public IndicatorValue read(ReadContext in) {
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
              return in.wrongType(expected());
          }
        }

        @Override
        public void write(IndicatorValue value, JsonSink out) {
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
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", List.of("number", "boolean", "string"));
        }

        @Override
        public String expected() {
          return "number, boolean or string";
        }

        @Override
        public String documentedType() {
          return "indicator value";
        }
      };

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
    for (E constant : type.getEnumConstants()) {
      byCode.put(constant.code(), constant);
    }
    return new ValueShape<>() {
      @Override
      public E read(ReadContext in) {
        if (in.token() != JsonToken.VALUE_STRING) {
          return in.wrongType("string");
        }
        String code = in.parser().getString();
        E constant = byCode.get(code);
        if (constant == null) {
          in.report(ReadProblem.UNKNOWN_CODE, "code", code, "list", list);
        }
        return constant;
      }

      @Override
      public void write(E value, JsonSink out) {
        out.out().string(value.code());
      }

      @Override
      public Map<String, Object> schema() {
        return json("type", "string", "enum", new ArrayList<>(byCode.keySet()));
      }

      @Override
      public String expected() {
        return "string";
      }

      @Override
      public String documentedType() {
        return "code ([" + list + "](#" + list.toLowerCase(java.util.Locale.ROOT) + "), closed)";
      }
    };
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
    return new ValueShape<>() {
      @Override
      public C read(ReadContext in) {
        return in.token() == JsonToken.VALUE_STRING ? of.apply(text(in)) : in.wrongType("string");
      }

      @Override
      public void write(C value, JsonSink out) {
        out.out().string(value.code());
      }

      @Override
      public Map<String, Object> schema() {
        return json("type", "string", "examples", codes);
      }

      @Override
      public String expected() {
        return "string";
      }

      @Override
      public String documentedType() {
        return "code ([" + list + "](#" + list.toLowerCase(java.util.Locale.ROOT) + "), open)";
      }
    };
  }

  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** The document's {@code schemaVersion}: same major accepted, newer minor a warning. */
  public static final ValueShape<String> SCHEMA_VERSION =
      new ValueShape<>() {
        @Override
        public String read(ReadContext in) {
          if (in.token() != JsonToken.VALUE_STRING) {
            return in.wrongType("string");
          }
          String version = in.parser().getString();
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
          return version;
        }

        @Override
        public void write(String value, JsonSink out) {
          out.out().string(FORMAT_VERSION);
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "string", "pattern", "^1\\.(0|[1-9][0-9]{0,8})$");
        }

        @Override
        public String expected() {
          return "string";
        }

        @Override
        public String documentedType() {
          return "string";
        }
      };

  /**
   * Extension data: an object whose members (namespaces) hold any JSON value, kept as canonical JSON
   * text.
   */
  public static final ValueShape<Map<String, String>> EXTENSIONS =
      new ValueShape<>() {
        @Override
        public Map<String, String> read(ReadContext in) {
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
                    : code == ReadProblem.INVALID_NUMBER
                        ? new String[] {"expected", "a number within the range of a double"}
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
        }

        @Override
        public void write(Map<String, String> value, JsonSink out) {
          out.beginObject();
          String[] namespaces = value.keySet().toArray(new String[0]);
          Arrays.sort(namespaces);
          for (String namespace : namespaces) {
            out.member(CanonicalOutput.memberName(namespace));
            out.out().raw(JsonCanonicalizer.canonicalize(
                value.get(namespace).getBytes(StandardCharsets.UTF_8), 64));
          }
          out.endObject();
        }

        @Override
        public Map<String, Object> schema() {
          return json("type", "object", "additionalProperties", true);
        }

        @Override
        public String expected() {
          return "object";
        }

        @Override
        public String documentedType() {
          return "object (namespace → any JSON)";
        }
      };
}
