package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser fails the browser tests in CI and skips them, saying why, anywhere else. */
class BrowserToolsTest {

  @Test
  void a_missing_browser_fails_in_ci_with_what_is_missing_and_how_to_install_it(@TempDir Path dir) {
    assertThatThrownBy(() -> Browser.requireTools(dir.resolve("chromium"), dir.resolve("chromedriver"),
        dir.resolve("axe.min.js"), true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("CI is set: The browser tests need Chromium (" + dir.resolve("chromium")
            + "), ChromeDriver (" + dir.resolve("chromedriver") + "), axe-core (")
        .hasMessageContaining("sudo apt-get install -y chromium chromium-driver");
  }

  @Test
  void a_missing_browser_skips_outside_ci_with_the_same_explanation(@TempDir Path dir) {
    assertThatThrownBy(() -> Browser.requireTools(dir.resolve("chromium"), Path.of("/bin/sh"), Path.of("pom.xml"),
        false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage("Skipped outside CI: The browser tests need Chromium (" + dir.resolve("chromium")
            + "). Install the browser with `sudo apt-get install -y chromium chromium-driver` (Debian), or point"
            + " -Dcls.chromium and -Dcls.chromedriver at them; .ci/run installs them when missing.");
  }

  @Test
  void nothing_missing_lets_the_tests_run(@TempDir Path dir) {
    assertThatCode(() -> Browser.requireTools(Path.of("/bin/sh"), Path.of("/bin/sh"), Path.of("pom.xml"), true))
        .doesNotThrowAnyException();
  }
}
