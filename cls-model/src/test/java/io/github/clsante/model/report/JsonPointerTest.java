package io.github.clsante.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPointerTest {

  @Test
  void appends_member_names_and_indexes() {
    assertThat(JsonPointer.append(JsonPointer.append("", "axes"), 0)).isEqualTo("/axes/0");
    assertThat(JsonPointer.append("/axes/0", "actionSheets")).isEqualTo("/axes/0/actionSheets");
    assertThat(JsonPointer.append("/axes/0/actionSheets", 12)).isEqualTo("/axes/0/actionSheets/12");
  }

  @Test
  void escapes_slash_and_tilde_in_member_names() {
    assertThat(JsonPointer.append("/extensions", "a/b")).isEqualTo("/extensions/a~1b");
    assertThat(JsonPointer.append("", "~")).isEqualTo("/~0");
    assertThat(JsonPointer.append("", "~1")).isEqualTo("/~01");
    assertThat(JsonPointer.append("", "/~")).isEqualTo("/~1~0");
    assertThat(JsonPointer.append("", "fr.tet")).isEqualTo("/fr.tet");
  }

  @Test
  void keeps_other_characters_as_they_are() {
    assertThat(JsonPointer.append("", "l’axe « 1 » 𝔘")).isEqualTo("/l’axe « 1 » 𝔘");
    assertThat(JsonPointer.append("", "a%20b\\c\"d#e")).isEqualTo("/a%20b\\c\"d#e");
  }

  @Test
  void appends_an_empty_member_name() {
    assertThat(JsonPointer.append("", "")).isEqualTo("/");
    assertThat(JsonPointer.append("/", "")).isEqualTo("//");
  }

  @Test
  void splits_the_whole_document_pointer_into_no_token() {
    assertThat(JsonPointer.tokens("")).isEmpty();
  }

  @Test
  void splits_pointers_into_tokens() {
    assertThat(JsonPointer.tokens("/axes/0/actionSheets/2/title"))
        .containsExactly("axes", "0", "actionSheets", "2", "title");
    assertThat(JsonPointer.tokens("/")).containsExactly("");
    assertThat(JsonPointer.tokens("//")).containsExactly("", "");
    assertThat(JsonPointer.tokens("/a/")).containsExactly("a", "");
  }

  @Test
  void unescapes_tokens() {
    assertThat(JsonPointer.tokens("/extensions/a~1b")).containsExactly("extensions", "a/b");
    assertThat(JsonPointer.tokens("/c~0d")).containsExactly("c~d");
    // ~01 is "~1", not "/": ~0 is unescaped first, and its result is not read again.
    assertThat(JsonPointer.tokens("/~01")).containsExactly("~1");
    assertThat(JsonPointer.tokens("/~1~0")).containsExactly("/~");
  }

  @ParameterizedTest
  @ValueSource(strings = {"axes", "axes/0", "#/axes", " /axes"})
  void rejects_a_pointer_without_a_leading_slash(String pointer) {
    assertThatThrownBy(() -> JsonPointer.tokens(pointer))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a JSON Pointer starts with '/': " + pointer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a~2", "/a~", "/~", "/a~b/c", "/ok/~~0", "/a~/"})
  void rejects_a_tilde_not_followed_by_0_or_1(String pointer) {
    assertThatThrownBy(() -> JsonPointer.tokens(pointer))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'~' must be followed by 0 or 1 in a JSON Pointer: " + pointer);
  }
}
