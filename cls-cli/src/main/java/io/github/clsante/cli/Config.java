package io.github.clsante.cli;

import io.github.clsante.model.Spelling;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.validation.ContractRule;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.Rule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The configuration file of {@code cls validate --config}: the rules of one's own to add (classes on
 * the class path implementing {@link ContractRule}, with a public constructor without parameters), the
 * codes to disable, and the severities to change. Every mistake is a usage error, said on the file,
 * line and column of the value in question, with the value it likely means.
 *
 * <pre>{@code
 * {
 *   "rules": ["io.github.clsante.examples.CentreValDeLoireRules"],
 *   "disable": ["CLS-CONTRACT-SIGNED-LATE"],
 *   "severities": {"CLS-SHEET-NO-INDICATOR": "error"}
 * }
 * }</pre>
 */
final class Config {

  /** The members of the file. */
  static final List<String> MEMBERS = List.of("$schema", "rules", "disable", "severities");

  /** The version of the file's form, that of its JSON Schema. */
  static final String VERSION = "1.0";

  /** The JSON Schema of the file, a resource of this package. */
  static final String SCHEMA_RESOURCE = "config-" + VERSION + ".schema.json";

  /** The severities, in the words of either language. */
  private static final Map<String, Severity> SEVERITIES = new LinkedHashMap<>();

  static {
    SEVERITIES.put("error", Severity.ERROR);
    SEVERITIES.put("warning", Severity.WARNING);
    SEVERITIES.put("info", Severity.INFO);
    SEVERITIES.put("erreur", Severity.ERROR);
    SEVERITIES.put("avertissement", Severity.WARNING);
    SEVERITIES.put("information", Severity.INFO);
  }

  /** Duplicate members are found by the reading itself, to be said as such. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Returns the JSON Schema of the file ({@code cls schema --config}).
   *
   * @return the schema's text
   */
  static String schema() {
    return Cls.resource(SCHEMA_RESOURCE);
  }


  /** The words a severity is given in, English and French. */
  static Set<String> severityWords() {
    return SEVERITIES.keySet();
  }

  /** A value of the file with where it is: worded ({@code FILE:LINE:COLUMN}) and as an order. */
  private record Located(String value, String where, long at) {}

  /** A mistake of the file, worded, with where it is, to be said in the order of the file. */
  private record Mistake(long at, String text) {}

  /** What the file reads as, or every usage error it makes, in the order of the file. */
  record Result(Optional<ContractValidator.Builder> builder, List<String> errors) {
    static Result error(String message) {
      return new Result(Optional.empty(), List.of(message));
    }

    static Result errors(List<String> messages) {
      return new Result(Optional.empty(), List.copyOf(messages));
    }
  }

  private final Texts texts;
  private final String name;
  private final List<Located> rules = new ArrayList<>();
  private final List<Located> disabled = new ArrayList<>();
  private final List<Located[]> severities = new ArrayList<>();
  /** The mistakes found. */
  private final List<Mistake> errors = new ArrayList<>();

  private Config(Texts texts, String name) {
    this.texts = texts;
    this.name = name;
  }

  /**
   * Reads a configuration file into a builder of the validator it describes.
   *
   * @param file the file, as the user gave it
   * @param builder the builder to configure (its reader already chosen)
   * @param texts the command's texts
   * @return the builder configured, or every usage error, worded: all the mistakes of the file at
   *     once (but a file that is not JSON, said where it breaks)
   */
  static Result read(String file, ContractValidator.Builder builder, Texts texts) {
    byte[] bytes;
    try {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        return Result.error(texts.get("error.config.missing", "path", texts.quote(file)));
      }
      bytes = Files.readAllBytes(path);
    } catch (InvalidPathException | IOException e) {
      return Result.error(texts.get("error.config.missing", "path", texts.quote(file)));
    }
    Config config = new Config(texts, file);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      config.parse(parser);
    } catch (JacksonException e) {
      // What was read before the break is said too; nothing is loaded from a file that is not JSON.
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
      config.errors.add(new Mistake(at == null ? Long.MAX_VALUE : order(at),
          texts.get("error.config.json", "where", where)));
      return config.result(Optional.empty());
    }
    return config.apply(builder);
  }

  private static long order(TokenStreamLocation at) {
    return ((long) at.getLineNr() << 32) + at.getColumnNr();
  }

  private String where(JsonParser parser) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return name + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  private Located located(String value, JsonParser parser) {
    return new Located(value, where(parser), order(parser.currentTokenLocation()));
  }

  /** Records a mistake at the current token. */
  private void error(JsonParser parser, String text) {
    errors.add(new Mistake(order(parser.currentTokenLocation()), text));
  }

  /** The builder, or the mistakes in the order of the file. */
  private Result result(Optional<ContractValidator.Builder> builder) {
    if (errors.isEmpty()) {
      return new Result(builder, List.of());
    }
    return Result.errors(errors.stream().sorted(Comparator.comparingLong(Mistake::at))
        .map(Mistake::text).toList());
  }

  private void parse(JsonParser parser) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      error(parser, texts.get("error.config.notObject", "where", where(parser)));
      return;
    }
    Set<String> seen = new TreeSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      Located member = located(parser.currentName(), parser);
      parser.nextToken();
      if (!seen.add(member.value())) {
        errors.add(new Mistake(member.at(),
            texts.get("error.config.twice", "where", member.where(), "member", texts.quote(member.value()))));
        parser.skipChildren();
        continue;
      }
      switch (member.value()) {
        case "$schema":
          if (parser.currentToken() != JsonToken.VALUE_STRING) {
            error(parser, texts.get("error.config.type.schema", "where", where(parser)));
          }
          parser.skipChildren();
          break;
        case "rules":
          strings(parser, "rules", rules);
          break;
        case "disable":
          strings(parser, "disable", disabled);
          break;
        case "severities":
          severities(parser);
          break;
        default:
          List<String> known = MEMBERS.subList(1, MEMBERS.size());
          Optional<String> close = Spelling.closest(MEMBERS, member.value(), 3);
          errors.add(new Mistake(member.at(), close.isPresent()
              ? texts.get("error.config.member.suggest", "where", member.where(), "member", texts.quote(member.value()),
                  "members", texts.and(known), "suggestion", texts.quote(close.get()))
              : texts.get("error.config.member", "where", member.where(), "member", texts.quote(member.value()),
                  "members", texts.and(known))));
          parser.skipChildren();
      }
    }
  }

  /** A list of strings: the rules' classes or the codes disabled; each value that is not one is said. */
  private void strings(JsonParser parser, String member, List<Located> into) {
    String key = "error.config.type." + member;
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      error(parser, texts.get(key, "where", where(parser)));
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        error(parser, texts.get(key, "where", where(parser)));
        parser.skipChildren();
        continue;
      }
      into.add(located(parser.getString(), parser));
    }
  }

  /** The severities changed: an object of codes to levels. */
  private void severities(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      error(parser, texts.get("error.config.type.severities", "where", where(parser)));
      parser.skipChildren();
      return;
    }
    Set<String> seen = new TreeSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      Located code = located(parser.currentName(), parser);
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        error(parser, texts.get("error.config.type.severities", "where", where(parser)));
        parser.skipChildren();
        continue;
      }
      if (!seen.add(code.value())) {
        errors.add(new Mistake(code.at(),
            texts.get("error.config.severityTwice", "where", code.where(), "code", code.value())));
        continue;
      }
      severities.add(new Located[] {code, located(parser.getString(), parser)});
    }
  }

  /** Loads the rules, checks every code and level, and configures the builder; says every mistake. */
  private Result apply(ContractValidator.Builder builder) {
    Set<String> codes = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    boolean rulesLoaded = true;
    for (Located rule : rules) {
      Optional<ContractRule> added = load(rule);
      if (added.isPresent()) {
        codes.addAll(added.get().codes().keySet());
        builder.addRule(added.get());
      } else {
        rulesLoaded = false;
      }
    }
    for (Located code : disabled) {
      // A code of a rule that could not be loaded is not said unknown: the rule's own mistake is said.
      Optional<String> wrong = rulesLoaded ? unknown(code, codes) : Optional.empty();
      if (wrong.isPresent()) {
        errors.add(new Mistake(code.at(), wrong.get()));
      } else if (codes.contains(code.value())) {
        builder.disable(code.value());
      }
    }
    for (Located[] entry : severities) {
      Optional<String> wrong = rulesLoaded ? unknown(entry[0], codes) : Optional.empty();
      wrong.ifPresent(text -> errors.add(new Mistake(entry[0].at(), text)));
      Severity severity = SEVERITIES.get(entry[1].value());
      if (severity == null) {
        List<String> levels = texts.french() ? List.of("erreur", "avertissement", "info")
            : List.of("error", "warning", "info");
        Optional<String> close = Suggest.closest(entry[1].value(), SEVERITIES.keySet());
        errors.add(new Mistake(entry[1].at(), close.isPresent()
            ? texts.get("error.config.severity.suggest", "where", entry[1].where(), "code", entry[0].value(),
                "allowed", texts.or(levels), "value", texts.quote(entry[1].value()),
                "suggestion", texts.quote(close.get()))
            : texts.get("error.config.severity", "where", entry[1].where(), "code", entry[0].value(),
                "allowed", texts.or(levels), "value", texts.quote(entry[1].value()))));
      } else if (codes.contains(entry[0].value())) {
        builder.severity(entry[0].value(), severity);
      }
    }
    if (!errors.isEmpty()) {
      return result(Optional.empty());
    }
    try {
      builder.build();
    } catch (IllegalArgumentException e) {
      // A rule added that the validator refuses (a CLS- code, a message missing): the rule's own fault.
      return Result.error(texts.get("error.config.refused", "where", name, "reason", e.getMessage()));
    }
    return result(Optional.of(builder));
  }

  /** Creates a rule the file names, or says why it cannot. */
  private Optional<ContractRule> load(Located rule) {
    String mistake;
    try {
      Class<?> type = Class.forName(rule.value(), true, Config.class.getClassLoader());
      if (ContractRule.class.isAssignableFrom(type)) {
        return Optional.of((ContractRule) type.getConstructor().newInstance());
      }
      mistake = texts.get("error.config.notRule", "where", rule.where(), "class", texts.quote(rule.value()));
    } catch (ClassNotFoundException | LinkageError e) {
      mistake = texts.get("error.config.noClass", "where", rule.where(), "class", texts.quote(rule.value()));
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      mistake = texts.get("error.config.noConstructor", "where", rule.where(), "class", texts.quote(rule.value()));
    } catch (InvocationTargetException e) {
      mistake = texts.get("error.config.ruleFailed", "where", rule.where(),
          "class", texts.quote(rule.value()), "reason", String.valueOf(e.getCause()));
    }
    errors.add(new Mistake(rule.at(), mistake));
    return Optional.empty();
  }

  /** A code that no rule has, or a reader's problem, worded; empty for a rule's code. */
  private Optional<String> unknown(Located code, Set<String> codes) {
    if (codes.contains(code.value())) {
      return Optional.empty();
    }
    if (ReadProblem.fromCode(code.value()).isPresent()) {
      return Optional.of(texts.get("error.config.readerCode", "where", code.where(), "code", code.value()));
    }
    Optional<String> close = Spelling.closest(codes, code.value(), 3);
    return Optional.of(close.isPresent()
        ? texts.get("error.config.code.suggest", "where", code.where(), "code", code.value(),
            "suggestion", close.get())
        : texts.get("error.config.code", "where", code.where(), "code", code.value()));
  }
}
