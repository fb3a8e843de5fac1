package io.github.clsante.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clsante.serialization.ClsJsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Objects of many members written in reverse order are sorted exactly, whatever their number (the
 * canonicalizer looks names up in a list up to 16 members, in a set beyond, and reuses its sorting
 * buffers from one object to the next); a duplicate name is found either way and located.
 */
class CanonicalMemberOrderTest {

  /** An object of {@code count} members {@code ma}, {@code mb}… written from the last to the first. */
  private static String reversed(int count, String duplicate) {
    StringBuilder json = new StringBuilder("{");
    for (int i = count - 1; i >= 0; i--) {
      json.append(i == count - 1 ? "" : ",").append("\"m").append((char) ('a' + i)).append("\":").append(i);
    }
    if (duplicate != null) {
      json.append(",\"").append(duplicate).append("\":0");
    }
    return json.append('}').toString();
  }

  private static String sorted(int count) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("\"m").append((char) ('a' + i)).append("\":").append(i);
    }
    return json.append('}').toString();
  }

  private static String canonical(String json) {
    return new String(JsonCanonicalizer.canonicalize(json.getBytes(StandardCharsets.UTF_8), 64), StandardCharsets.UTF_8);
  }

  @Test
  void objects_of_15_to_20_members_are_sorted_exactly() {
    for (int count = 15; count <= 20; count++) {
      assertThat(canonical(reversed(count, null))).as("%d members", count).isEqualTo(sorted(count));
    }
    // One after the other in a list: a small object after a large one reuses its buffers.
    assertThat(canonical("[" + reversed(16, null) + "," + reversed(20, null) + "," + reversed(3, null) + "]"))
        .isEqualTo("[" + sorted(16) + "," + sorted(20) + "," + sorted(3) + "]");
  }

  @Test
  void a_duplicate_name_is_found_among_few_or_many_members() {
    String few = reversed(15, "mb");
    String many = reversed(17, "mb");

    for (String json : new String[] {few, many}) {
      ClsJsonException e = catchThrowableOfType(ClsJsonException.class, () -> canonical(json));
      assertThat(e.code()).isEqualTo("CLS-JSON-DUPLICATE-MEMBER");
      assertThat(e.pointer()).isEqualTo("/mb");
      assertThat(e.line() + ":" + e.column()).isEqualTo("1:" + (json.lastIndexOf("\"mb\"") + 1));
      assertThat(e.getMessage()).isEqualTo("duplicate member name");
    }
  }
}
