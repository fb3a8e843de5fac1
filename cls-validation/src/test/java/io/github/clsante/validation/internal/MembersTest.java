package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MembersTest {

  @Test
  void anywhere_gives_one_template_per_member_each_followed_by_the_tail() {
    assertThat(Members.anywhere(List.of("actionSheets", "subActions"), Members.ANY, "id"))
        .containsExactly("/**/actionSheets/*/id", "/**/subActions/*/id");
    assertThat(Members.anywhere(List.of("linkedSchemes"))).containsExactly("/**/linkedSchemes");
    assertThat(Members.anywhere(List.of())).isEmpty();
  }

  @Test
  void the_lists_of_sheets_objectives_and_schemes_name_each_member_once() {
    assertThat(Members.anywhere(Members.SHEET_LISTS, Members.ANY, Members.SHEET_ID))
        .containsExactly("/**/actionSheets/*/id");
    assertThat(Members.anywhere(Members.OBJECTIVE_LISTS)).containsExactly("/**/objectives");
    assertThat(Members.path(Members.CONTRACT_PARTIES, Members.ANY, Members.PARTY_ID)).isEqualTo("/parties/*/id");
    assertThat(Members.path()).isEmpty();
  }
}
