package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.serialization.internal.FormatMessages;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lists of this module's codes and the catalogue that gives their texts to {@link
 * io.github.clsante.model.report.FindingMessages}: every reader problem and migration note, in
 * declaration order, each with a message and an explanation; a code of no one's is a bug the look-up
 * names.
 */
class CodeCataloguesTest {

  @Test
  void the_reader_problems_are_listed_in_declaration_order() {
    assertThat(ReadProblem.codes()).hasSize(ReadProblem.values().length)
        .startsWith("CLS-JSON-SYNTAX", "CLS-JSON-ENCODING", "CLS-JSON-EMPTY")
        .endsWith("CLS-JSON-NEWER-VERSION", "CLS-JSON-UNSUPPORTED-VERSION")
        .doesNotHaveDuplicates();
  }

  @Test
  void the_catalogue_holds_every_code_of_the_module_and_no_other() {
    Set<String> expected = new HashSet<>(ReadProblem.codes());
    expected.addAll(MigrationNote.codes());

    assertThat(new FormatMessages().codes()).isEqualTo(expected);
    assertThat(new FormatMessages().explanation("CLS-JSON-SYNTAX", Locale.FRENCH))
        .isEqualTo(FormatMessages.explanationOf("CLS-JSON-SYNTAX", Locale.FRENCH)).get().asString().isNotBlank();
    assertThat(new FormatMessages().explanation("CLS-SHEET-NO-PILOT", Locale.FRENCH)).isEmpty();
  }

  @Test
  void a_code_without_texts_is_named_by_the_look_up() {
    assertThat(CodeTexts.template("CLS-JSON-EMPTY", Locale.ENGLISH)).isNotBlank();
    assertThatThrownBy(() -> CodeTexts.template("CLS-NOPE", Locale.FRENCH))
        .isInstanceOf(IllegalStateException.class).hasMessage("no message for CLS-NOPE");
    assertThatThrownBy(() -> CodeTexts.explanation("CLS-NOPE", Locale.ENGLISH))
        .isInstanceOf(IllegalStateException.class).hasMessage("no explanation for CLS-NOPE");
  }
}
