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

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** A value of the file with where it is. */
  private record Located(String value, String where) {}

  /** What the file reads as, or the usage error it makes. */
  record Result(Optional<ContractValidator.Builder> builder, Optional<String> error) {
    static Result error(String message) {
      return new Result(Optional.empty(), Optional.of(message));
    }
  }

  private final Texts texts;
  private final String name;
  private final List<Located> rules = new ArrayList<>();
  private final List<Located> disabled = new ArrayList<>();
  private final List<Located[]> severities = new ArrayList<>();

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
   * @return the builder configured, or the usage error, worded
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
      Optional<String> wrong = config.parse(parser);
      if (wrong.isPresent()) {
        return Result.error(wrong.get());
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? file : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
      return Result.error(texts.get("error.config.json", "where", where));
    }
    return config.apply(builder);
  }

  private String where(JsonParser parser) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return name + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  private Optional<String> parse(JsonParser parser) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return Optional.of(texts.get("error.config.notObject", "where", where(parser)));
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String member = parser.currentName();
      String at = where(parser);
      parser.nextToken();
      Optional<String> wrong;
      switch (member) {
        case "$schema":
          wrong = parser.currentToken() == JsonToken.VALUE_STRING ? Optional.empty()
              : Optional.of(texts.get("error.config.type.schema", "where", where(parser)));
          parser.skipChildren();
          break;
        case "rules":
          wrong = strings(parser, "rules", rules);
          break;
        case "disable":
          wrong = strings(parser, "disable", disabled);
          break;
        case "severities":
          wrong = severities(parser);
          break;
        default:
          Optional<String> close = Spelling.closest(MEMBERS, member, 3);
          return Optional.of(close.isPresent()
              ? texts.get("error.config.member.suggest", "where", at, "member", texts.quote(member),
                  "members", texts.and(MEMBERS.subList(1, MEMBERS.size())), "suggestion", texts.quote(close.get()))
              : texts.get("error.config.member", "where", at, "member", texts.quote(member),
                  "members", texts.and(MEMBERS.subList(1, MEMBERS.size()))));
      }
      if (wrong.isPresent()) {
        return wrong;
      }
    }
    return Optional.empty();
  }

  /** A list of strings: the rules' classes or the codes disabled. */
  private Optional<String> strings(JsonParser parser, String member, List<Located> into) {
    String key = "error.config.type." + member;
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return Optional.of(texts.get(key, "where", where(parser)));
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return Optional.of(texts.get(key, "where", where(parser)));
      }
      into.add(new Located(parser.getString(), where(parser)));
    }
    return Optional.empty();
  }

  /** The severities changed: an object of codes to levels. */
  private Optional<String> severities(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return Optional.of(texts.get("error.config.type.severities", "where", where(parser)));
    }
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      Located code = new Located(parser.currentName(), where(parser));
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        return Optional.of(texts.get("error.config.type.severities", "where", where(parser)));
      }
      severities.add(new Located[] {code, new Located(parser.getString(), where(parser))});
    }
    return Optional.empty();
  }

  /** Loads the rules, checks every code and level, and configures the builder. */
  private Result apply(ContractValidator.Builder builder) {
    Set<String> codes = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    for (Located rule : rules) {
      Object instance;
      try {
        Class<?> type = Class.forName(rule.value(), true, Config.class.getClassLoader());
        if (!ContractRule.class.isAssignableFrom(type)) {
          return Result.error(texts.get("error.config.notRule", "where", rule.where(), "class", texts.quote(rule.value())));
        }
        instance = type.getConstructor().newInstance();
      } catch (ClassNotFoundException | LinkageError e) {
        return Result.error(texts.get("error.config.noClass", "where", rule.where(), "class", texts.quote(rule.value())));
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
        return Result.error(texts.get("error.config.noConstructor", "where", rule.where(),
            "class", texts.quote(rule.value())));
      } catch (InvocationTargetException e) {
        return Result.error(texts.get("error.config.ruleFailed", "where", rule.where(),
            "class", texts.quote(rule.value()), "reason", String.valueOf(e.getCause())));
      }
      ContractRule added = (ContractRule) instance;
      codes.addAll(added.codes().keySet());
      builder.addRule(added);
    }
    for (Located code : disabled) {
      Optional<String> wrong = unknown(code, codes);
      if (wrong.isPresent()) {
        return Result.error(wrong.get());
      }
      builder.disable(code.value());
    }
    for (Located[] entry : severities) {
      Optional<String> wrong = unknown(entry[0], codes);
      if (wrong.isPresent()) {
        return Result.error(wrong.get());
      }
      Severity severity = SEVERITIES.get(entry[1].value());
      if (severity == null) {
        List<String> levels = texts.french() ? List.of("erreur", "avertissement", "info")
            : List.of("error", "warning", "info");
        Optional<String> close = Suggest.closest(entry[1].value(), SEVERITIES.keySet());
        return Result.error(close.isPresent()
            ? texts.get("error.config.severity.suggest", "where", entry[1].where(), "code", entry[0].value(),
                "allowed", texts.or(levels), "value", texts.quote(entry[1].value()),
                "suggestion", texts.quote(close.get()))
            : texts.get("error.config.severity", "where", entry[1].where(), "code", entry[0].value(),
                "allowed", texts.or(levels), "value", texts.quote(entry[1].value())));
      }
      builder.severity(entry[0].value(), severity);
    }
    try {
      builder.build();
    } catch (IllegalArgumentException e) {
      // A rule added that the validator refuses (a CLS- code, a message missing): the rule's own fault.
      return Result.error(texts.get("error.config.refused", "where", name, "reason", e.getMessage()));
    }
    return new Result(Optional.of(builder), Optional.empty());
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
