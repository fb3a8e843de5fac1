package io.github.clsante.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnreadableTest {

  private static final Unreadable SHEET_TITLE = Unreadable.of(List.of("/axes/0/actionSheets/1/title"));

  @Test
  void with_no_unreadable_place_everything_is_intact_and_readable() {
    assertThat(Unreadable.of(List.of())).isSameAs(Unreadable.NONE);
    assertThat(Unreadable.NONE.intact("/status", "/**/actionSheets/*/id")).isTrue();
    assertThat(Unreadable.NONE.readable("/axes/0")).isTrue();
    assertThat(Unreadable.NONE.noneAt("/axes")).isTrue();
  }

  @Test
  void a_value_is_not_intact_when_it_a_value_inside_it_or_one_holding_it_is_unreadable() {
    assertThat(SHEET_TITLE.intact("/axes/0/actionSheets/1/title")).isFalse();
    assertThat(SHEET_TITLE.intact("/axes/0/actionSheets/1")).isFalse();     // inside
    assertThat(SHEET_TITLE.intact("/axes/0/actionSheets/1/title/x")).isFalse(); // held
    assertThat(SHEET_TITLE.intact("/axes/0/actionSheets/10")).isTrue();     // segments, not prefixes
    assertThat(SHEET_TITLE.intact("/axes/0/actionSheets/0")).isTrue();
    assertThat(SHEET_TITLE.intact("/status")).isTrue();
  }

  @Test
  void a_value_is_readable_when_values_inside_it_only_are_unreadable() {
    assertThat(SHEET_TITLE.readable("/axes/0/actionSheets/1")).isTrue();
    assertThat(SHEET_TITLE.readable("/axes/0/actionSheets/1/title")).isFalse();
    assertThat(SHEET_TITLE.readable("/axes/0/actionSheets/1/title/0")).isFalse();
  }

  @Test
  void one_star_is_one_segment_and_two_stars_any_number() {
    assertThat(SHEET_TITLE.intact("/axes/*/actionSheets/*/title")).isFalse();
    assertThat(SHEET_TITLE.intact("/axes/*/title")).isTrue();
    assertThat(SHEET_TITLE.intact("/**/actionSheets/*/title")).isFalse();
    assertThat(SHEET_TITLE.intact("/**/actionSheets/*/id")).isTrue();
    assertThat(SHEET_TITLE.intact("/**/title")).isFalse();
    assertThat(SHEET_TITLE.intact("/**")).isFalse();
  }

  @Test
  void a_scalar_does_not_hold_what_two_stars_could_reach() {
    Unreadable status = Unreadable.of(List.of("/status"));

    assertThat(status.intact("/**/linkedSchemes")).isTrue();
    assertThat(status.intact("/status")).isFalse();
    // an unreadable sheet, replaced by a placeholder, holds its id
    assertThat(Unreadable.of(List.of("/axes/2/actionSheets/0")).intact("/**/actionSheets/*/id")).isFalse();
  }

  @Test
  void none_at_asks_for_the_place_itself_only() {
    Unreadable list = Unreadable.of(List.of("/axes/0/actionSheets"));

    assertThat(list.noneAt("/**/actionSheets")).isFalse();
    assertThat(list.noneAt("/axes")).isTrue();
    assertThat(SHEET_TITLE.noneAt("/**/actionSheets", "/axes")).isTrue();
  }
}
