package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.CHARTRES_1_0;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No French text of the command line (help of every command, usage errors, messages on the standard
 * error, summary lines, the catalogue of codes) holds an English type word or a Java class name.
 */
class FrenchTextTest {

  /** In lower case, as in a sentence: the codes (CLS-JSON-INVALID-STRING) are names, not French. */
  static final Pattern TYPE_WORD = Pattern.compile("\\b(integer|string|boolean|object|array|null)\\b");
  static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w*|\\b\\w*(Exception|Error)\\b"
      + "|\\bPath\\b|\\bThrowable\\b");

  /** The words that should not be there, with the text they are in. */
  static List<String> offences(String source, String shown) {
    // A link is an address, not words: its anchor may name a code (#cls-json-invalid-string).
    String text = shown.replaceAll("https?://\\S+", "<link>");
    List<String> offences = new ArrayList<>();
    for (Pattern pattern : List.of(TYPE_WORD, JAVA_NAME)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        int start = text.lastIndexOf('\n', matcher.start()) + 1;
        int end = text.indexOf('\n', matcher.end());
        offences.add(source + ": « " + matcher.group() + " » in « " + text.substring(start, end < 0 ? text.length() : end)
            + " »");
      }
    }
    return offences;
  }

  @Test
  void the_check_finds_type_words_and_class_names() {
    assertThat(offences("t", "Type attendu : integer ; type trouvé : string")).hasSize(2);
    assertThat(offences("t", "cls: NoSuchFileException: x")).hasSize(1);
    assertThat(offences("t", "erreur (java.lang.StackOverflowError)")).hasSize(1);
    assertThat(offences("t", "vérifiez le Path\nla valeur null")).hasSize(2);
    assertThat(offences("t", "CLS-JSON-INVALID-STRING")).isEmpty();
    assertThat(offences("t", "Le fichier n’est pas lisible : vérifiez le chemin. Voir https://github.com/a/RULES.md"))
        .isEmpty();
  }

  /** Every French text the command line prints, by where it comes from. */
  static Map<String, String> frenchTexts(Path directory) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Texts french = Texts.of(java.util.Locale.FRENCH);
    for (String key : french.keys()) {
      // Templates only: the values put in them are file names, or the words checked through the runs below.
      texts.put("bundle " + key, french.get(key));
    }
    texts.put("cls --help", cls("--lang", "fr", "--help").out());
    texts.put("cls", cls("--lang", "fr").out());
    texts.put("cls help --help", cls("--lang", "fr", "help", "--help").out());
    for (String command : List.of("validate", "migrate", "explain", "rules", "canonicalize", "digest", "schema", "example")) {
      texts.put("cls " + command + " --help", cls("--lang", "fr", command, "--help").out());
    }
    texts.put("cls rules", cls("--lang", "fr", "rules").out());
    for (String code : Catalogue.codes()) {
      texts.put("cls explain " + code, cls("--lang", "fr", "explain", code).out());
    }
    Files.writeString(directory.resolve("notes.txt"), "x");
    Files.writeString(directory.resolve("budget.xlsx"), "x");
    Files.createDirectories(directory.resolve("vide"));
    String file = CHARTRES_1_0.toString();
    List<List<String>> runs = List.of(
        List.of("valdate"), List.of("validate", "--lnag", "fr"), List.of("validate", "--lang", "de"),
        List.of("validate", "--format", "pdf", file), List.of("validate", "--fail-on", "info", file),
        List.of("validate"), List.of("validate", "--format"), List.of("validate", file, "-o"),
        List.of("validate", "--strict", "--lenient", file), List.of("validate", "--format", "json", "--format",
            "text", file), List.of("schema", "x"), List.of("schema", "1.1", "x"),
        List.of("schema", "--report", "--validate-output"), List.of("schema", "--report", "1.1"),
        List.of("schema", "--validate-output", "2.0"), List.of("schema", "--report", "--report"), List.of("validate", "--debug=oui", file),
        List.of("validate", "--base-dir", file, file), List.of("explain", "CLS-ID-SIRN"), List.of("explain"),
        List.of("example", "paris"), List.of("example"), List.of("canonicalize"), List.of("digest"),
        List.of("help", "valid"),
        List.of("validate", directory.resolve("absent.json").toString()),
        List.of("validate", directory.resolve("vide").toString()),
        List.of("validate", directory.toString()),
        List.of("validate", directory.resolve("budget.xlsx").toString()),
        List.of("validate", "a\u0000b"),
        List.of("validate", "-o", directory.resolve("absent/r.txt").toString(), file),
        List.of("canonicalize", directory.resolve("absent.json").toString()),
        List.of("digest", directory.resolve("notes.txt").toString()),
        List.of("validate", CONTRACTS.toString()),
        List.of("migrate"), List.of("migrate", CONTRACTS.toString()), List.of("migrate", "-", "--in-place"),
        List.of("migrate", file, "-o", file), List.of("migrate", CONTRACTS.toString(), "-o", file),
        List.of("migrate", file, "-o", CONTRACTS.toString()), List.of("migrate", file, "-o", "x", "--in-place"),
        List.of("migrate", directory.resolve("absent.json").toString()),
        List.of("migrate", MigrateTest.INPUTS.toString(), "-o", directory.resolve("migrated").toString()));
    for (List<String> args : runs) {
      List<String> inFrench = new ArrayList<>(List.of("--lang", "fr"));
      inFrench.addAll(args);
      Run run = cls(inFrench.toArray(String[]::new));
      texts.put("stderr of cls " + String.join(" ", args), run.err());
      List<String> lines = run.lines();
      if (!lines.isEmpty()) {
        texts.put("summary of cls " + String.join(" ", args), lines.get(lines.size() - 1));
      }
    }
    Cls failing = Runs.command();
    failing.fileValidation = (validator, path) -> {
      throw new IllegalStateException("bug");
    };
    texts.put("stderr of an internal error", cls(failing, "--lang", "fr", "validate", file).err());
    texts.put("stderr of an internal error --debug", cls(failing, "--lang", "fr", "validate", file, "--debug").err()
        .lines().findFirst().orElseThrow());
    texts.put("cls canonicalize - (broken)", cls("{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "--lang", "fr", "canonicalize", "-").err());
    return texts;
  }

  @Test
  void no_french_cli_text_holds_an_english_type_word_or_a_java_class_name(@TempDir Path directory)
      throws IOException {
    List<String> offences = new ArrayList<>();
    Map<String, String> texts = frenchTexts(directory);
    texts.forEach((source, text) -> offences.addAll(offences(source, text)));

    assertThat(texts).hasSizeGreaterThan(150);
    assertThat(offences).isEmpty();
  }
}
