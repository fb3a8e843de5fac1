package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.cls;
import static io.github.clsante.cli.Runs.fr;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import io.github.clsante.serialization.ContractJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cls migrate}: a file to a file or the standard output, a directory to a directory of the same
 * tree, each change and refusal said on the file and place, a summary; files written whole, never over
 * the input unless {@code --in-place}; usage errors said in the run's language with exit code 2. The
 * whole output on a directory of inputs is compared with the golden files {@code golden/migrate.*.txt}
 * ({@code -Dcls.regenerate=true} rewrites them).
 */
class MigrateTest {

  /** The inputs: two 1.0 contracts to migrate, a 1.1 one, two with reading errors, a file that is not one. */
  static final Path INPUTS = Path.of("src/test/resources/io/github/clsante/cli/migrate/contrats");

  static final Path MURAT = INPUTS.resolve("cls-murat-2019.json");

  static byte[] migrated(Path file) throws IOException {
    return ContractJson.migrate(Files.readAllBytes(file)).canonicalBytes().orElseThrow();
  }

  /** Every file under a directory, relative to it, sorted. */
  static List<String> tree(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"fr", "en"})
  void a_directory_is_migrated_into_another_and_the_output_is_the_golden_file(String language, @TempDir Path temp)
      throws IOException {
    Path out = temp.resolve("contrats-1.1");

    Run run = cls("migrate", "--lang", language, INPUTS.toString(), "-o", out.toString());

    assertThat(run.code()).as("two files are not migrated").isEqualTo(Cls.FINDINGS);
    assertThat(run.err()).isEmpty();
    Path golden = GoldenFilesTest.GOLDEN.resolve("migrate." + language + ".txt");
    if (Boolean.getBoolean("cls.regenerate")) {
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).as("%s is out of date: run with -Dcls.regenerate=true and read the difference", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(tree(out)).containsExactly("cls-murat-2019.json", "deja-en-1.1.json");
    assertThat(out.resolve("cls-murat-2019.json")).hasBinaryContent(migrated(MURAT));
    assertThat(out.resolve("deja-en-1.1.json")).hasBinaryContent(migrated(INPUTS.resolve("deja-en-1.1.json")));
  }

  @Test
  void the_summary_counts_files_outcomes_and_changes_and_each_refusal_says_what_to_do() {
    Run run = cls("migrate", "--lang", "fr", INPUTS.resolve("erreurs").toString(), "--in-place");

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(run.lines()).contains(fr(INPUTS.resolve("erreurs/statut-manquant.json") + ": non migré, rien "
        + "n’est écrit pour lui : corrigez d’abord le fichier (1 erreur de lecture, que cls validate explique), "
        + "puis relancez la migration."));
    assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo(fr("2 fichiers : 2 non migrés ; 0 changement"));
  }

  @Test
  void a_file_goes_to_the_standard_output_and_its_report_to_the_standard_error() throws IOException {
    Run run = cls("migrate", "--lang", "fr", MURAT.toString());

    assertThat(run.code()).isEqualTo(Cls.OK);
    assertThat(run.out()).isEqualTo(new String(migrated(MURAT), StandardCharsets.UTF_8));
    assertThat(run.err()).contains(fr(MURAT + ":31:26: info CLS-MIGRATE-EUROS /axes/0/actionSheets/0/budgetCents "
        + "Axe 1 › Fiche 1 « Accueillir les internes en médecine » › budget — Le montant « budgetCents » de "
        + "1\u202f500\u202f000 centimes est maintenant écrit en euros, dans « budget » : 15\u202f000\u00a0€.\n"))
        .endsWith(fr("1 fichier : 1 migré ; 8 changements\n"));
  }

  @Test
  void a_file_goes_to_the_file_named_whole_in_canonical_or_pretty_form(@TempDir Path temp) throws IOException {
    Path canonical = temp.resolve("murat.json");
    Path pretty = temp.resolve("lisible/murat.json");
    Files.writeString(canonical, "an older, longer content that the migrated file replaces whole".repeat(100));

    Run first = cls("migrate", MURAT.toString(), "-o", canonical.toString());
    Run second = cls("migrate", "--pretty", MURAT.toString(), "--output", pretty.toString());

    assertThat(first.code()).isEqualTo(Cls.OK);
    assertThat(canonical).hasBinaryContent(migrated(MURAT));
    assertThat(first.out()).endsWith("1 file: 1 migrated; 8 changes\n");
    assertThat(first.err()).isEmpty();
    assertThat(second.code()).isEqualTo(Cls.OK);
    assertThat(pretty).hasContent(ContractJson.migrate(Files.readAllBytes(MURAT)).prettyString().orElseThrow());
    assertThat(tree(temp)).as("no temporary file left").containsExactly("lisible/murat.json", "murat.json");
  }

  @Test
  void the_standard_input_is_migrated_to_the_standard_output() throws IOException {
    Run run = cls(Files.readAllBytes(MURAT), "migrate", "-");

    assertThat(run.code()).isEqualTo(Cls.OK);
    assertThat(run.out()).isEqualTo(new String(migrated(MURAT), StandardCharsets.UTF_8))
        .contains("\"formatVersion\"").doesNotContain("schemaVersion");
    assertThat(run.err()).startsWith("<stdin>:2:20: info CLS-MIGRATE-VERSION /schemaVersion format version — The file "
        + "moves from version 1.0 to version 1.1 of the format: \"schemaVersion\" becomes \"formatVersion\".\n").endsWith("1 file: 1 migrated; 8 changes\n");
  }

  @Test
  void in_place_replaces_each_migrated_file_and_leaves_the_others_as_they_were(@TempDir Path temp) throws IOException {
    Path copy = temp.resolve("contrats");
    for (String file : tree(INPUTS)) {
      Files.createDirectories(copy.resolve(file).getParent());
      Files.copy(INPUTS.resolve(file), copy.resolve(file));
    }

    Run run = cls("migrate", "--in-place", copy.toString());

    assertThat(run.code()).isEqualTo(Cls.FINDINGS);
    assertThat(copy.resolve("cls-murat-2019.json")).hasBinaryContent(migrated(MURAT));
    assertThat(copy.resolve("deja-en-1.1.json")).hasBinaryContent(migrated(INPUTS.resolve("deja-en-1.1.json")));
    for (String untouched : List.of("erreurs/statut-manquant.json", "erreurs/virgule-en-trop.json", "notes.txt")) {
      assertThat(copy.resolve(untouched)).as(untouched).hasSameBinaryContentAs(INPUTS.resolve(untouched));
    }
    assertThat(tree(copy)).as("no temporary file left").isEqualTo(tree(INPUTS));
    Run again = cls("migrate", "--in-place", copy.resolve("cls-murat-2019.json").toString());
    assertThat(again.code()).isEqualTo(Cls.OK);
    assertThat(again.out()).endsWith("1 file: 1 already of version 1.1; 0 changes\n");
  }

  @Test
  void a_file_that_cannot_be_written_is_said_and_nothing_is_left_behind(@TempDir Path temp) throws IOException {
    Path notADirectory = temp.resolve("fichier");
    Files.writeString(notADirectory, "x");
    Path target = notADirectory.resolve("murat.json");

    Run run = cls("migrate", "--lang", "fr", MURAT.toString(), "-o", target.toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo(fr("cls: impossible d’écrire « " + target + " » : vérifiez que son dossier existe "
        + "et que vous avez le droit d’y écrire.\n"));
    assertThat(run.out()).endsWith(fr("1 fichier : 1 non migré ; 0 changement\n"));
    assertThat(tree(temp)).containsExactly("fichier");
  }

  @Test
  void a_missing_file_is_a_usage_error_and_is_reported_as_not_read(@TempDir Path temp) {
    String missing = temp.resolve("absent.json").toString();

    Run run = cls("migrate", "--lang", "fr", missing, "-o", temp.resolve("out.json").toString());

    assertThat(run.code()).isEqualTo(Cls.USAGE);
    assertThat(run.err()).isEqualTo(fr("cls: aucun fichier ni dossier « " + missing + " » : vérifiez le chemin.\n"));
    assertThat(run.out()).isEqualTo(fr(missing + ": erreur CLS-JSON-IO-ERROR - Le fichier est introuvable : vérifiez "
        + "son nom et son dossier.\n" + missing + ": non migré, rien n’est écrit pour lui : corrigez d’abord le fichier "
        + "(1 erreur de lecture, que cls validate explique), puis relancez la migration.\n"
        + "1 fichier : 1 non migré ; 0 changement\n"));
  }

  @Test
  void names_from_files_are_escaped(@TempDir Path temp) throws IOException {
    Path input = temp.resolve("contrats");
    Files.createDirectories(input);
    Files.write(input.resolve("a\u001b[31m.json"), Files.readAllBytes(INPUTS.resolve("erreurs/virgule-en-trop.json")));

    Run run = cls("migrate", input.toString(), "-o", temp.resolve("out").toString());

    assertThat(run.out()).doesNotContain("\u001b").contains("a\\u001B[31m.json:7:1: error CLS-JSON-SYNTAX");
  }

  @Test
  void the_help_gives_the_exit_codes_in_both_languages() {
    assertThat(cls("migrate", "--help", "--lang", "fr").out()).contains(fr("Codes de sortie :"),
        "0   tous les fichiers sont migrés (ou déjà en version 1.1)", "1   au moins un fichier n’est pas migré",
        "2   erreur d’utilisation, chemin illisible, dossier sans fichier de contrat,");
    assertThat(cls("migrate", "--help", "--lang", "en").out()).contains("Exit codes:",
        "0   every file is migrated (or already of version 1.1)", "--in-place", "--pretty", "-o, --output=OUTPUT");
  }

  // --- usage errors: exactly what is said, exit code 2, nothing on the standard output.

  @Test
  void no_path_says_what_to_give() {
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr"), fr("cls: indiquez le fichier ou le dossier à migrer "
        + "(ou « - » pour l’entrée standard).\nAide : cls migrate --help\n"));
    UsageErrorsTest.usageError(cls("migrate"),
        "cls: give the file or directory to migrate (or - for the standard input).\nHelp: cls migrate --help\n");
  }

  @Test
  void a_directory_needs_an_output_directory_or_in_place() {
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr", INPUTS.toString()), fr("cls: pour migrer le dossier « "
        + INPUTS + " », indiquez le dossier où écrire les fichiers migrés (-o DOSSIER), ou --in-place pour remplacer "
        + "ses fichiers.\nAide : cls migrate --help\n"));
    UsageErrorsTest.usageError(cls("migrate", INPUTS.toString()), "cls: to migrate the directory \"" + INPUTS
        + "\", give the directory to write the migrated files to (-o DIR), or --in-place to replace its files.\n"
        + "Help: cls migrate --help\n");
  }

  @Test
  void the_input_is_never_overwritten_unless_asked() {
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr", MURAT.toString(), "-o", MURAT.toString()),
        fr("cls: -o « " + MURAT + " » désigne « " + MURAT + " » lui-même : pour le remplacer, utilisez --in-place à la "
            + "place de -o ; sinon, indiquez un autre chemin.\nAide : cls migrate --help\n"));
    String same = INPUTS.resolve("../contrats").toString();
    UsageErrorsTest.usageError(cls("migrate", INPUTS.toString(), "-o", same), "cls: -o \"" + same + "\" is \""
        + INPUTS + "\" itself: to replace it, use --in-place instead of -o; otherwise, give another path.\n"
        + "Help: cls migrate --help\n");
    String inside = INPUTS.resolve("migres").toString();
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr", INPUTS.toString(), "-o", inside),
        fr("cls: le dossier de sortie « " + inside + " » est dans le dossier à migrer « " + INPUTS + " » : choisissez "
            + "un dossier en dehors, ou --in-place pour remplacer ses fichiers.\nAide : cls migrate --help\n"));
    assertThat(INPUTS.resolve("migres")).doesNotExist();
    Path around = INPUTS.getParent();
    UsageErrorsTest.usageError(cls("migrate", INPUTS.toString(), "-o", around.toString()), "cls: the directory to "
        + "migrate \"" + INPUTS + "\" is inside the output directory \"" + around + "\": choose a separate output "
        + "directory, so that no migrated file replaces a file to migrate.\nHelp: cls migrate --help\n");
  }

  @Test
  void the_output_must_be_of_the_kind_of_the_input() {
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr", INPUTS.toString(), "-o", MURAT.toString()),
        fr("cls: -o « " + MURAT + " » est un fichier : pour migrer un dossier, indiquez le dossier où écrire les "
            + "fichiers migrés.\nAide : cls migrate --help\n"));
    UsageErrorsTest.usageError(cls("migrate", MURAT.toString(), "-o", INPUTS.toString()),
        "cls: -o \"" + INPUTS + "\" is a directory: to migrate a file, give the file to write.\n"
            + "Help: cls migrate --help\n");
  }

  @Test
  void in_place_is_for_files_and_excludes_an_output() {
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr", "-", "--in-place"), fr("cls: --in-place remplace un "
        + "fichier, et l’entrée standard n’en est pas un : indiquez -o FICHIER, ou rien pour la sortie standard.\n"
        + "Aide : cls migrate --help\n"));
    UsageErrorsTest.usageError(cls("migrate", "--lang", "fr", MURAT.toString(), "--in-place", "-o", "x.json"),
        fr("cls: --in-place et --output ne peuvent pas être donnés ensemble : choisissez-en un.\n"
            + "Aide : cls migrate --help\n"));
    UsageErrorsTest.usageError(cls("migrate", MURAT.toString(), MURAT.toString()),
        "cls: unexpected argument \"" + MURAT + "\".\nHelp: cls migrate --help\n");
    UsageErrorsTest.usageError(cls("migrate", "--in-plase", MURAT.toString()),
        "cls: unknown option \"--in-plase\"; did you mean \"--in-place\"?\nHelp: cls migrate --help\n");
  }
}
