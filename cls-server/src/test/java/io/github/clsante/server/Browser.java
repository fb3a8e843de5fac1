package io.github.clsante.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the browser tests: Debian's headless Chromium ({@code chromium}) driven by Debian's
 * {@code chromedriver}, both found at fixed paths (or {@code -Dcls.chromium=…}, {@code -Dcls.chromedriver=…}),
 * so that Selenium never downloads a browser or a driver. Where they are missing, the tests fail when the
 * environment variable {@code CI} is set (CI installs them: {@code .ci/run}), and are skipped with a message
 * saying how to install them otherwise.
 */
final class Browser {

  static final Path CHROMIUM = Paths.get(System.getProperty("cls.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Paths.get(System.getProperty("cls.chromedriver", "/usr/bin/chromedriver"));

  /** axe-core's script, unpacked from the npm registry's tarball by the build (download-maven-plugin). */
  static final Path AXE = Paths.get("target", "axe-core", "package", "axe.min.js");

  private Browser() {}

  /** Whether this run is a CI run, where a missing browser is a failure, not a reason to skip. */
  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
  }

  /** Fails (in CI) or skips (elsewhere) when the browser, its driver or axe-core is missing. */
  static void requireTools() {
    requireTools(CHROMIUM, CHROMEDRIVER, AXE, inCi());
  }

  /** {@link #requireTools()} on given paths, in or out of CI. */
  static void requireTools(Path chromium, Path chromedriver, Path axe, boolean ci) {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add("Chromium (" + chromium + ")");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add("ChromeDriver (" + chromedriver + ")");
    }
    if (!Files.isRegularFile(axe)) {
      missing.add("axe-core (" + axe.toAbsolutePath() + ", fetched by the build's generate-test-resources phase)");
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "The browser tests need " + String.join(", ", missing)
        + ". Install the browser with `sudo apt-get install -y chromium chromium-driver` (Debian), or point"
        + " -Dcls.chromium and -Dcls.chromedriver at them; .ci/run installs them when missing.";
    if (ci) {
      fail("CI is set: " + message);
    }
    abort("Skipped outside CI: " + message);
  }

  /** Starts a headless Chromium whose downloads go to {@code downloads}, with a window of the given size. */
  static ChromeDriver start(Path downloads, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags a sandboxed, offline machine needs: no sandbox (root in a container), no GPU, and none of
    // Chromium's own calls home (the network is closed; they would fail at every start).
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--disable-extensions", "--lang=fr-FR", "--window-size=" + width + "," + height);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "intl.accept_languages", "fr-FR,fr"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withSilent(true)
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    return driver;
  }

  /** axe-core's script, to inject into a page. */
  static String axeScript() throws IOException {
    return Files.readString(AXE, StandardCharsets.UTF_8);
  }
}
