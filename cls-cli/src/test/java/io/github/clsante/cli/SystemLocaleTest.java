package io.github.clsante.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The language of a run without {@code --lang} ({@link Cls#systemLocale}): French when the environment
 * names it, as POSIX orders its variables, even where the C library (and so the JVM) has no French locale
 * installed and said English.
 */
class SystemLocaleTest {

  private static final Locale JVM = Locale.US;

  private static Locale of(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return Cls.systemLocale(env, JVM);
  }

  @Test
  void lang_naming_french_gives_french_whatever_the_jvm_said() {
    assertThat(of("LANG", "fr_FR.UTF-8")).isEqualTo(Locale.FRENCH);
    assertThat(of("LANG", "fr")).isEqualTo(Locale.FRENCH);
    assertThat(of("LANG", "fr_CA")).isEqualTo(Locale.FRENCH);
    assertThat(of("LANG", "fr_BE@euro")).isEqualTo(Locale.FRENCH);
    assertThat(of("LANG", "FR_fr.utf8")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void lc_all_then_lc_messages_then_lang_decide_the_first_set_and_not_empty_one() {
    assertThat(of("LC_ALL", "C", "LANG", "fr_FR.UTF-8")).isEqualTo(JVM);
    assertThat(of("LC_ALL", "fr_FR.UTF-8", "LANG", "en_US.UTF-8")).isEqualTo(Locale.FRENCH);
    assertThat(of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "fr_FR.UTF-8")).isEqualTo(JVM);
    assertThat(of("LC_MESSAGES", "fr_FR.UTF-8", "LANG", "en_GB.UTF-8")).isEqualTo(Locale.FRENCH);
    assertThat(of("LC_ALL", "", "LC_MESSAGES", "", "LANG", "fr_FR.UTF-8")).isEqualTo(Locale.FRENCH);
  }

  @Test
  void another_language_or_none_leaves_the_jvms_default() {
    assertThat(of()).isEqualTo(JVM);
    assertThat(of("LANG", "C.UTF-8")).isEqualTo(JVM);
    assertThat(of("LANG", "POSIX")).isEqualTo(JVM);
    assertThat(of("LANG", "de_DE.UTF-8")).isEqualTo(JVM);
    assertThat(of("LANG", "français")).isEqualTo(JVM);
    assertThat(Cls.systemLocale(Map.of(), Locale.FRANCE)).isEqualTo(Locale.FRANCE);
  }
}
