package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.validation.Rule;
import io.github.clsante.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMessagesTest {

  @Test
  void the_catalogue_has_the_codes_of_every_rule_of_the_internal_error_and_of_the_cut_report_and_no_other() {
    List<String> codes = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    codes.add(ValidationReport.INTERNAL_ERROR);
    codes.add(ValidationReport.TRUNCATED);

    assertThat(new RuleMessages().codes()).containsExactlyInAnyOrderElementsOf(codes);
  }
}
