package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ContractJson#migrate(byte[])}: a 1.0 document becomes the 1.1 document that means the same,
 * each change a located information; a 1.1 document is only made canonical; a document read with
 * errors, of a newer version or with an amount 1.1 cannot write is not migrated, and says why.
 */
class MigrationTest {

  static final Path RESOURCES = Path.of("src/test/resources/io/github/clsante/serialization");
  static final Path MIGRATION = RESOURCES.resolve("migration");

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Finding finding(MigrationNote note, String pointer, int line, int column, String... params) {
    var finding = Finding.builder().code(note.code()).severity(note.severity()).pointer(pointer)
        .location(SourceLocation.of(line, column));
    for (int i = 0; i < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    return finding.build();
  }

  @Test
  void a_1_0_document_gets_its_amounts_in_euros_and_its_defaults_written_each_change_located() {
    Migration migration = ContractJson.migrate(bytes(MIGRATION.resolve("1.0/cents-and-defaults.json")));

    assertThat(migration.isMigrated()).isTrue();
    assertThat(migration.sourceVersion()).contains("1.0");
    assertThat(migration.findings()).containsExactly(
        finding(MigrationNote.DEFAULT, "/amendments/0/planned", 35, 18, "member", "planned", "value", "false"),
        finding(MigrationNote.EUROS, "/axes/0/actionSheets/0/budgetCents", 26, 26,
            "member", "budgetCents", "replacement", "budget", "cents", "1200000", "euros", "12000"),
        finding(MigrationNote.EUROS, "/axes/0/actionSheets/0/budgetLines/0/actualAmountCents", 28, 97,
            "member", "actualAmountCents", "replacement", "actualAmount", "cents", "0", "euros", "0"),
        finding(MigrationNote.EUROS, "/axes/0/actionSheets/0/budgetLines/0/plannedAmountCents", 28, 73,
            "member", "plannedAmountCents", "replacement", "plannedAmount", "cents", "5", "euros", "0.05"),
        finding(MigrationNote.EUROS, "/axes/0/actionSheets/0/fundings/0/amountCents", 27, 72,
            "member", "amountCents", "replacement", "amount", "cents", "150050", "euros", "1500.5"),
        finding(MigrationNote.DEFAULT, "/axes/0/actionSheets/0/subActions/0/recurring", 29, 26,
            "member", "recurring", "value", "false"),
        finding(MigrationNote.DEFAULT, "/axes/0/transversal", 16, 5, "member", "transversal", "value", "false"),
        finding(MigrationNote.VERSION, "/schemaVersion", 2, 20, "from", "1.0", "to", "1.1", "member", "schemaVersion",
            "replacement", "formatVersion"),
        finding(MigrationNote.DEFAULT, "/sheetNumbering", 1, 1, "member", "sheetNumbering", "value", "contract_wide"),
        finding(MigrationNote.DEFAULT, "/signatories/0/role", 12, 5, "member", "role", "value", "principal"));
    assertThat(migration.findings()).allMatch(finding -> finding.severity() == Severity.INFO);
  }

  @Test
  void the_migrated_document_is_the_1_1_document_written_by_hand_and_what_reading_and_writing_gives() throws IOException {
    byte[] source = bytes(MIGRATION.resolve("1.0/cents-and-defaults.json"));
    String expected = Files.readString(MIGRATION.resolve("1.1/cents-and-defaults.json"), StandardCharsets.UTF_8);

    Migration migration = ContractJson.migrate(source);

    assertThat(migration.prettyString()).contains(expected);
    assertThat(migration.canonicalString()).contains(ContractJson.canonicalize(expected));
    assertThat(migration.canonicalBytes()).hasValueSatisfying(bytes ->
        assertThat(bytes).isEqualTo(ContractJson.toCanonicalBytes(ContractJson.reader().read(source).contract().orElseThrow())));
    assertThat(migration.contract()).isEqualTo(ContractJson.reader().read(expected).contract());
  }

  @Test
  void a_1_1_document_is_only_made_canonical_and_says_there_was_nothing_to_migrate() throws IOException {
    byte[] pretty = bytes(MIGRATION.resolve("1.1/cents-and-defaults.json"));

    Migration migration = ContractJson.migrate(pretty);

    assertThat(migration.isMigrated()).isTrue();
    assertThat(migration.sourceVersion()).contains("1.1");
    assertThat(migration.findings()).containsExactly(
        finding(MigrationNote.UP_TO_DATE, "/formatVersion", 53, 20, "version", "1.1"));
    assertThat(migration.canonicalBytes()).hasValueSatisfying(bytes ->
        assertThat(bytes).isEqualTo(ContractJson.canonicalize(pretty)));
  }

  @Test
  void a_document_read_with_errors_is_not_migrated_and_carries_exactly_the_readers_findings() {
    List<Path> broken = List.of(RESOURCES.resolve("invalid/CLS-JSON-MISSING-MEMBER/sheet-without-title.json"),
        RESOURCES.resolve("invalid/CLS-JSON-SYNTAX/trailing-comma.json"),
        RESOURCES.resolve("invalid/CLS-JSON-ENCODING/utf16.json"),
        RESOURCES.resolve("invalid/CLS-JSON-UNSUPPORTED-VERSION/major-2.json"),
        RESOURCES.resolve("invalid/multiple/ten-independent-problems.json"));
    for (Path file : broken) {
      byte[] bytes = bytes(file);
      ReadResult read = ContractJson.reader().read(bytes);

      Migration migration = ContractJson.migrate(bytes);

      assertThat(read.report().isValid()).as(file.toString()).isFalse();
      assertThat(migration.isMigrated()).as(file.toString()).isFalse();
      assertThat(migration.canonicalBytes()).isEmpty();
      assertThat(migration.prettyString()).isEmpty();
      assertThat(migration.contract()).isEmpty();
      assertThat(migration.findings()).as(file.toString()).isEqualTo(read.report().findings());
    }
  }

  @Test
  void a_1_0_document_without_its_required_status_is_refused_with_the_missing_member() {
    byte[] bytes = "{\"schemaVersion\": \"1.0\", \"id\": \"c\", \"leadArs\": \"24\", \"territory\": {}}"
        .getBytes(StandardCharsets.UTF_8);

    Migration migration = ContractJson.migrate(bytes);

    assertThat(migration.isMigrated()).isFalse();
    assertThat(migration.sourceVersion()).contains("1.0");
    assertThat(migration.findings()).containsExactly(Finding.builder().code(ReadProblem.MISSING_MEMBER.code())
        .severity(Severity.ERROR).pointer("").location(SourceLocation.of(1, 1)).putParam("member", "status").build());
  }

  @Test
  void the_source_version_is_the_one_written_or_empty_when_none_can_be_read() {
    assertThat(ContractJson.migrate(bytes(RESOURCES.resolve("invalid/CLS-JSON-UNSUPPORTED-VERSION/major-2.json")))
        .sourceVersion()).contains("2.0");
    assertThat(ContractJson.migrate(bytes(RESOURCES.resolve("invalid/CLS-JSON-INVALID-VERSION/not-major-minor.json")))
        .sourceVersion()).isEmpty();
    assertThat(ContractJson.migrate(bytes(RESOURCES.resolve("invalid/CLS-JSON-ENCODING/utf16.json")))
        .sourceVersion()).isEmpty();
    assertThat(ContractJson.migrate("{\"schemaVersion\": \"1.0\", \"id\": ".getBytes(StandardCharsets.UTF_8))
        .sourceVersion()).as("read before the syntax error").contains("1.0");
  }

  @Test
  void a_document_of_a_newer_version_is_not_migrated_as_it_would_lose_what_its_version_adds() {
    byte[] bytes = bytes(MIGRATION.resolve("1.2/newer-version.json"));
    List<Finding> expected = new ArrayList<>(ContractJson.reader().read(bytes).report().findings());
    expected.add(finding(MigrationNote.NEWER_VERSION, "/formatVersion", 2, 20, "version", "1.2", "supported", "1.1"));

    Migration migration = ContractJson.migrate(bytes);

    assertThat(migration.isMigrated()).isFalse();
    assertThat(migration.sourceVersion()).contains("1.2");
    assertThat(migration.findings()).containsExactlyInAnyOrderElementsOf(expected)
        .extracting(Finding::code)
        .containsExactly("CLS-MIGRATE-NEWER-VERSION", "CLS-JSON-NEWER-VERSION", "CLS-JSON-UNKNOWN-MEMBER");
    assertThat(migration.report().isValid()).isFalse();
  }

  @Test
  void an_amount_in_cents_larger_than_1_1_can_write_is_refused() {
    // Not a file of the repository: every 1.0 file there migrates, or has reading errors (cls-cli's test).
    String document = """
        {
          "schemaVersion": "1.0",
          "id": "cls-montant-trop-grand",
          "status": "in_preparation",
          "leadArs": "24",
          "territory": {"name": "Blois"},
          "actionSheets": [
            {"id": "fa-1", "title": "Fiche au budget trop grand", "recurring": false, "budgetCents": 1000000000000000}
          ],
          "sheetNumbering": "none"
        }
        """;
    Migration migration = ContractJson.migrate(document.getBytes(StandardCharsets.UTF_8));

    assertThat(migration.isMigrated()).isFalse();
    assertThat(migration.canonicalBytes()).isEmpty();
    assertThat(migration.findings()).containsExactly(
        finding(MigrationNote.AMOUNT_OUT_OF_RANGE, "/actionSheets/0/budgetCents", 8, 94,
            "member", "budgetCents", "cents", "1000000000000000", "max", "9999999999999.99"),
        finding(MigrationNote.VERSION, "/schemaVersion", 2, 20, "from", "1.0", "to", "1.1", "member", "schemaVersion",
            "replacement", "formatVersion"));
  }

  /** A 1.0 document stating its defaults, with one sheet holding these members too. */
  private static byte[] withSheet(String members) {
    return ("{\"schemaVersion\": \"1.0\", \"id\": \"c\", \"status\": \"signed\", \"leadArs\": \"24\", \"territory\": {},"
        + " \"sheetNumbering\": \"none\", \"actionSheets\": [{\"id\": \"a\", \"title\": \"t\", \"recurring\": false, "
        + members + "}]}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void the_largest_amount_1_1_holds_is_migrated() {
    Migration migration = ContractJson.migrate(withSheet("\"budgetCents\": -999999999999999"));

    assertThat(migration.canonicalString()).hasValueSatisfying(json -> assertThat(json).contains("\"budget\":-9999999999999.99"));
    assertThat(migration.findings()).extracting(Finding::code).containsExactly("CLS-MIGRATE-EUROS", "CLS-MIGRATE-VERSION");
  }

  @Test
  void the_readers_warnings_stay_with_the_changes() {
    Migration migration = ContractJson.migrate(
        withSheet("\"budgetLines\": [{\"nature\": \"operating\", \"plannedFullTimeEquivalents\": 1e-400}]"));

    assertThat(migration.isMigrated()).isTrue();
    assertThat(migration.findings()).extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CLS-JSON-NUMBER-ROUNDED-TO-ZERO", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("CLS-MIGRATE-VERSION", Severity.INFO));
    assertThat(migration.canonicalString()).hasValueSatisfying(json -> assertThat(json).contains("\"plannedFullTimeEquivalents\":0"));
  }

  @Test
  void migrating_never_throws_on_bad_input_and_refuses_null() {
    Stream.of("", "   ", "[]", "null", "{", "\"1.0\"", "{\"schemaVersion\": 1.0}", "\uFEFF{}")
        .map(text -> text.getBytes(StandardCharsets.UTF_8))
        .forEach(bytes -> assertThat(ContractJson.migrate(bytes).isMigrated()).isFalse());
    assertThat(ContractJson.migrate(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}).findings())
        .extracting(Finding::code).containsExactly("CLS-JSON-ENCODING");
    assertThatNullPointerException().isThrownBy(() -> ContractJson.migrate(null));
  }

  @Test
  void the_result_gives_copies_of_its_bytes() {
    Migration migration = ContractJson.migrate(bytes(MIGRATION.resolve("1.0/cents-and-defaults.json")));
    byte[] first = migration.canonicalBytes().orElseThrow();
    first[0] = 'x';

    assertThat(migration.canonicalBytes().orElseThrow()[0]).isEqualTo((byte) '{');
    assertThat(migration.toString()).startsWith("Migration{from=1.0, migrated, ");
  }

  @Test
  void each_note_has_its_message_in_french_and_english() {
    Finding euros = finding(MigrationNote.EUROS, "/budgetCents", 1, 1,
        "member", "budgetCents", "replacement", "budget", "cents", "1200000", "euros", "12000");
    Finding defaulted = finding(MigrationNote.DEFAULT, "/role", 1, 1, "member", "role", "value", "principal");
    Finding tooLarge = finding(MigrationNote.AMOUNT_OUT_OF_RANGE, "/budgetCents", 1, 1,
        "member", "budgetCents", "cents", "1000000000000000", "max", "9999999999999.99");

    assertThat(FindingMessages.message(euros, Locale.FRENCH)).isEqualTo("Le montant «\u00a0budgetCents\u00a0» de "
        + "1\u202f200\u202f000 centimes est maintenant écrit en euros, dans «\u00a0budget\u00a0»\u202f: 12\u202f000\u00a0€.");
    assertThat(FindingMessages.message(euros, Locale.ENGLISH))
        .isEqualTo("The amount \"budgetCents\" of 1,200,000 cents is now written in euros, as \"budget\": €12,000.");
    assertThat(FindingMessages.message(defaulted, Locale.FRENCH)).isEqualTo("«\u00a0role\u00a0» n’était pas écrit, et la "
        + "version 1.0 du format le lisait comme «\u00a0principal\u00a0»\u202f: il est maintenant écrit, car en version "
        + "1.1 un champ absent veut dire que le contrat ne le dit pas.");
    assertThat(FindingMessages.message(defaulted, Locale.ENGLISH)).isEqualTo("\"role\" was not written, and version 1.0 "
        + "of the format read it as \"principal\": it is now written, since in version 1.1 an absent field means that "
        + "the contract does not say.");
    assertThat(FindingMessages.message(tooLarge, Locale.FRENCH)).isEqualTo("Le montant «\u00a0budgetCents\u00a0» de "
        + "1\u202f000\u202f000\u202f000\u202f000\u202f000 centimes dépasse le plus grand montant que la version 1.1 du "
        + "format peut écrire (9\u202f999\u202f999\u202f999\u202f999,99\u00a0€)\u202f: le fichier n’est pas migré. "
        + "Vérifiez ce montant.");
    Finding version = finding(MigrationNote.VERSION, "/schemaVersion", 1, 1, "from", "1.0", "to", "1.1",
        "member", "schemaVersion", "replacement", "formatVersion");
    assertThat(FindingMessages.message(version, Locale.FRENCH)).isEqualTo("Le fichier passe de la version 1.0 à la "
        + "version 1.1 du format\u202f: «\u00a0schemaVersion\u00a0» devient «\u00a0formatVersion\u00a0».");
    assertThat(FindingMessages.message(version, Locale.ENGLISH)).isEqualTo("The file moves from version 1.0 to version "
        + "1.1 of the format: \"schemaVersion\" becomes \"formatVersion\".");
    for (MigrationNote note : MigrationNote.values()) {
      assertThat(note.messageTemplate(Locale.FRENCH)).as(note.code()).isNotBlank()
          .isNotEqualTo(note.messageTemplate(Locale.ENGLISH));
      assertThat(MigrationNote.fromCode(note.code())).contains(note);
    }
    assertThat(MigrationNote.fromCode("CLS-JSON-SYNTAX")).isEmpty();
    assertThat(MigrationNote.codes()).hasSize(MigrationNote.values().length).allMatch(code -> code.startsWith("CLS-MIGRATE-"));
  }
}
