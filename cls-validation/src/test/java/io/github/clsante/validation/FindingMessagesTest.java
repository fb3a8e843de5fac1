package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.FindingMessagesProvider;
import io.github.clsante.model.report.Severity;
import io.github.clsante.serialization.MigrationNote;
import io.github.clsante.serialization.ReadProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one way to render a finding's message, {@link FindingMessages}, from the catalogues the
 * serialization and validation modules provide: every code of the SDK, each rendered by its own
 * module's catalogue, and nothing else.
 */
class FindingMessagesTest {

  private static Finding finding(String code, Severity severity, String... params) {
    Finding.Builder finding = Finding.builder().code(code).severity(severity).pointer("/axes/0");
    for (int i = 0; i < params.length; i += 2) {
      finding.putParam(params[i], params[i + 1]);
    }
    return finding.build();
  }

  @Test
  void the_catalogues_found_know_every_code_of_the_sdk_and_no_other() {
    List<String> codes = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.addAll(ReadProblem.codes());
    codes.addAll(MigrationNote.codes());
    codes.add(ValidationReport.INTERNAL_ERROR);
    codes.add(ValidationReport.TRUNCATED);

    // Other tests of this JVM register the catalogues of the rules they add (TEST-…).
    assertThat(FindingMessages.codes().stream().filter(code -> !code.startsWith("TEST-")))
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void a_rule_a_reader_problem_and_a_migration_note_are_rendered_by_their_own_catalogue() {
    assertThat(FindingMessages.message(finding("CLS-SHEET-NO-PILOT", Severity.WARNING), Locale.FRENCH))
        .isEqualTo("Aucun pilote n’est indiqué pour cette fiche action.");
    assertThat(FindingMessages.message(finding("CLS-JSON-DUPLICATE-MEMBER", Severity.ERROR, "member", "title"),
        Locale.ENGLISH)).isEqualTo("The field \"title\" appears twice in the same place: only the first value is read. "
        + "Remove the other.");
    assertThat(FindingMessages.message(finding("CLS-MIGRATE-UP-TO-DATE", Severity.INFO, "version", "1.1"),
        Locale.FRENCH)).isEqualTo("Le fichier est déjà en version 1.1 du format\u202f: il n’y a rien à migrer, il est "
        + "seulement écrit en forme canonique.");
  }

  @Test
  void each_code_has_the_template_and_explanation_of_its_constant() {
    for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      for (Rule rule : Rule.values()) {
        assertThat(FindingMessages.explanation(rule.code(), locale)).as(rule.code()).contains(rule.explanation(locale));
      }
      for (ReadProblem problem : ReadProblem.values()) {
        assertThat(FindingMessages.explanation(problem.code(), locale)).as(problem.code())
            .contains(problem.explanation(locale));
      }
      for (MigrationNote note : MigrationNote.values()) {
        assertThat(FindingMessages.explanation(note.code(), locale)).as(note.code()).contains(note.explanation(locale));
      }
    }
  }

  @Test
  void an_unknown_code_is_its_own_message_and_has_no_explanation() {
    assertThat(FindingMessages.message(finding("ARS-HDF-SHEET-BUDGET", Severity.ERROR), Locale.FRENCH))
        .isEqualTo("ARS-HDF-SHEET-BUDGET");
    assertThat(FindingMessages.explanation("ARS-HDF-SHEET-BUDGET", Locale.FRENCH)).isEmpty();
  }

  @Test
  void the_internal_error_is_the_validation_modules() {
    Finding internal = ValidationReport.internalError(new IllegalStateException()).findings().get(0);
    assertThat(FindingMessages.message(internal, Locale.ENGLISH)).isEqualTo("An internal error of the software "
        + "prevented validating this file: the problem is not in the file. Please report it with the file attached.");
    assertThat(FindingMessages.explanation(ValidationReport.INTERNAL_ERROR, Locale.FRENCH)).isPresent();
  }

  @Test
  void a_catalogue_registered_renders_its_codes_and_never_takes_an_sdk_code() {
    FindingMessages.register(new FindingMessagesProvider() {
      @Override
      public java.util.Set<String> codes() {
        return java.util.Set.of("TEST-REGISTERED", "CLS-SHEET-NO-PILOT");
      }

      @Override
      public java.util.Optional<String> message(Finding finding, Locale locale) {
        return java.util.Optional.of("registered " + finding.code() + " " + locale.getLanguage());
      }

      @Override
      public java.util.Optional<String> explanation(String code, Locale locale) {
        return java.util.Optional.of("why " + code);
      }
    });

    assertThat(FindingMessages.message(finding("TEST-REGISTERED", Severity.INFO), Locale.FRENCH))
        .isEqualTo("registered TEST-REGISTERED fr");
    assertThat(FindingMessages.explanation("TEST-REGISTERED", Locale.FRENCH)).contains("why TEST-REGISTERED");
    assertThat(FindingMessages.codes()).contains("TEST-REGISTERED");
    assertThat(FindingMessages.message(finding("CLS-SHEET-NO-PILOT", Severity.WARNING), Locale.FRENCH))
        .isEqualTo("Aucun pilote n’est indiqué pour cette fiche action.");
  }
}
