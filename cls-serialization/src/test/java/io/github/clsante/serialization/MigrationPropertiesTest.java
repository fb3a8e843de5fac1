package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ContractJson#migrate(byte[])} over generated contracts (QuickTheories, the build's
 * seed {@code cls.seed}): a 1.0 document written from a contract migrates to that contract, reporting
 * each amount and each default where it is; migrating is idempotent; a 1.1 document keeps its meaning.
 */
class MigrationPropertiesTest {

  private static final int CONTRACTS = 200;

  private static Set<String> pointers(Migration migration, MigrationNote note) {
    return migration.findings().stream().filter(finding -> finding.code().equals(note.code()))
        .map(Finding::pointer).collect(Collectors.toSet());
  }

  @Test
  void a_1_0_document_written_from_a_contract_migrates_to_that_contract() {
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small(), longs().all()).checkAssert((generated, seed) -> {
      Contract contract = Documents10.sayableIn10(generated);
      Documents10.Written written = Documents10.write10(contract, seed);

      Migration migration = ContractJson.migrate(written.json().getBytes(StandardCharsets.UTF_8));

      assertThat(migration.isMigrated()).as(written.json()).isTrue();
      assertThat(migration.sourceVersion()).contains("1.0");
      ReadResult migrated = ContractJson.reader().read(migration.canonicalBytes().orElseThrow());
      assertThat(migrated.report().findings()).isEmpty();
      assertThat(migrated.contract()).contains(contract);
      assertThat(migration.contract()).contains(contract);
      assertThat(migration.canonicalBytes().orElseThrow()).isEqualTo(ContractJson.toCanonicalBytes(contract));
    });
  }

  @Test
  void each_amount_in_cents_and_each_default_left_out_is_reported_where_it_is_and_nothing_else() {
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small(), longs().all()).checkAssert((generated, seed) -> {
      Documents10.Written written = Documents10.write10(Documents10.sayableIn10(generated), seed);
      byte[] source = written.json().getBytes(StandardCharsets.UTF_8);
      ReadResult read = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(source);

      Migration migration = ContractJson.migrate(source);

      assertThat(pointers(migration, MigrationNote.EUROS)).isEqualTo(written.cents());
      assertThat(pointers(migration, MigrationNote.DEFAULT)).isEqualTo(written.defaulted());
      assertThat(pointers(migration, MigrationNote.VERSION)).containsExactly("/schemaVersion");
      assertThat(migration.findings()).hasSize(1 + written.cents().size() + written.defaulted().size())
          .allMatch(finding -> finding.severity() == Severity.INFO)
          .allMatch(finding -> finding.location().equals(read.locationOf(finding.pointer())));
    });
  }

  @Test
  void migrating_a_migrated_document_changes_nothing() {
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small(), longs().all()).checkAssert((generated, seed) -> {
      Documents10.Written written = Documents10.write10(Documents10.sayableIn10(generated), seed);
      byte[] once = ContractJson.migrate(written.json().getBytes(StandardCharsets.UTF_8)).canonicalBytes().orElseThrow();

      Migration twice = ContractJson.migrate(once);

      assertThat(twice.canonicalBytes()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(once));
      assertThat(twice.findings()).extracting(Finding::code).containsExactly(MigrationNote.UP_TO_DATE.code());
    });
  }

  @Test
  void a_1_1_document_in_any_spelling_migrates_to_its_canonical_form() {
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small(), longs().all()).checkAssert((contract, seed) -> {
      String respelled = JsonRendering.respell(ContractJson.toCanonicalString(contract), seed);

      Migration migration = ContractJson.migrate(respelled.getBytes(StandardCharsets.UTF_8));

      assertThat(migration.canonicalBytes()).hasValueSatisfying(bytes ->
          assertThat(bytes).isEqualTo(ContractJson.toCanonicalBytes(contract)));
      assertThat(migration.contract()).contains(contract);
      assertThat(migration.findings()).extracting(Finding::code, Finding::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(MigrationNote.UP_TO_DATE.code(), "/formatVersion"));
    });
  }

  @Test
  void the_1_0_writer_of_these_properties_writes_what_the_reader_reads_as_1_0() {
    // The helper itself: its documents are 1.0 documents read without any finding.
    qt().withExamples(CONTRACTS).forAll(FormatContracts.small(), longs().all()).checkAssert((generated, seed) -> {
      Contract contract = Documents10.sayableIn10(generated);
      ReadResult read = ContractJson.reader().read(Documents10.write10(contract, seed).json());

      assertThat(read.report().findings()).isEmpty();
      assertThat(read.contract()).contains(contract);
      assertThat(List.of(contract.kind(), contract.documentVersion(), contract.signaturePlace()))
          .allMatch(java.util.Optional::isEmpty);
    });
  }
}
