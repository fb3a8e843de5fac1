package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.NBSP;
import static io.github.clsante.cli.Runs.NNBSP;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The two bundles of the command line agree, and French reads as French. */
class TextsTest {

  static final Texts FR = Texts.of(Locale.FRENCH);
  static final Texts EN = Texts.of(Locale.ENGLISH);

  static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{([A-Za-z]+)\\}").matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void both_bundles_have_the_same_keys_and_placeholders() {
    assertThat(FR.keys()).isEqualTo(EN.keys());
    for (String key : EN.keys()) {
      assertThat(placeholders(FR.get(key))).as(key).isEqualTo(placeholders(EN.get(key)));
    }
  }

  @Test
  void every_command_option_and_argument_has_its_help_in_both_bundles() {
    List<String> missing = new ArrayList<>();
    CommandLine root = new CommandLine(new Cls());
    List<CommandLine> commands = new ArrayList<>(List.of(root));
    commands.addAll(root.getSubcommands().values());
    for (CommandLine command : commands) {
      CommandSpec spec = command.getCommandSpec();
      String description = spec.qualifiedName(".") + ".usage.description";
      if (EN.find(description).or(() -> EN.find(description + ".0")).isEmpty()) {
        missing.add(description);
      }
      for (ArgSpec arg : spec.args()) {
        String key = arg instanceof OptionSpec option ? option.descriptionKey() : arg.descriptionKey();
        if (key.isEmpty() || EN.find(key).isEmpty()) {
          missing.add(spec.qualifiedName(" ") + " " + arg);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void french_typography_puts_no_break_spaces_where_french_wants_them() {
    assertThat(Texts.typography("Aide : cls ; « x » ? oui ! « y »"))
        .isEqualTo("Aide" + NNBSP + ": cls" + NNBSP + "; «" + NBSP + "x" + NBSP + "»" + NNBSP + "? oui" + NNBSP
            + "! «" + NBSP + "y" + NBSP + "»");
    assertThat(Texts.typography("0:aucun https://x.fr/a?b")).isEqualTo("0:aucun https://x.fr/a?b");
    for (String key : FR.keys()) {
      String text = FR.get(key);
      assertThat(text).as(key).doesNotContain(" :", " ;", " ?", " !", "« ", " »", "'");
    }
  }

  @Test
  void parameters_are_inserted_as_they_are_never_retypeset() {
    assertThat(FR.get("error.notFound", "path", "a ; b : c ?")).isEqualTo("aucun fichier ni dossier a ; b : c ?"
        + NNBSP + ": vérifiez le chemin.");
  }

  @Test
  void counts_agree_with_their_number_in_each_language() {
    assertThat(FR.count("error", 0)).isEqualTo("0 erreur");
    assertThat(FR.count("error", 1)).isEqualTo("1 erreur");
    assertThat(FR.count("error", 2)).isEqualTo("2 erreurs");
    assertThat(EN.count("error", 0)).isEqualTo("0 errors");
    assertThat(EN.count("error", 1)).isEqualTo("1 error");
    assertThat(FR.count("file", 1234)).isEqualTo("1" + NNBSP + "234 fichiers");
    assertThat(EN.count("file", 1234567)).isEqualTo("1,234,567 files");
    assertThat(FR.number(999)).isEqualTo("999");
    assertThat(FR.number(-12345)).isEqualTo("-12" + NNBSP + "345");
    assertThat(FR.count("skipped", 1)).isEqualTo("1 autre fichier non lu");
    assertThat(FR.count("info", 2)).isEqualTo("2 infos");
  }

  @Test
  void lists_and_quotes_read_as_each_language_writes_them() {
    assertThat(FR.or(List.of("a", "b", "c"))).isEqualTo("a, b ou c");
    assertThat(EN.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(FR.and(List.of("a"))).isEqualTo("a");
    assertThat(FR.quote("x")).isEqualTo("«" + NBSP + "x" + NBSP + "»");
    assertThat(EN.quote("x")).isEqualTo("\"x\"");
    assertThat(FR.severity(Severity.WARNING)).isEqualTo("avertissement");
    assertThat(EN.severity(Severity.INFO)).isEqualTo("info");
  }

  @Test
  void help_is_wrapped_without_cutting_french_words_at_an_apostrophe() {
    for (String command : List.of("validate", "migrate", "explain", "rules", "canonicalize", "digest", "schema", "example")) {
      String help = cls(command, "--help", "--lang", "fr").out();
      assertThat(help).as(command).doesNotContain(String.valueOf(Texts.HELP_APOSTROPHE));
      for (String line : help.lines().toList()) {
        assertThat(line).as(command).doesNotEndWith("’").hasSizeLessThanOrEqualTo(80);
      }
    }
    assertThat(cls("--help", "--lang", "fr").out()).contains("d’appels", "l’aide");
  }
}
