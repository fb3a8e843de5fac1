package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;

/** Files to report on, and the checks every page must pass. */
final class Pages {

  /** The five seed contracts of cls-examples. */
  static final List<String> SEEDS = List.of("agglopolys", "villes-soeurs", "le-havre", "chartres", "lens-lievin");

  private Pages() {}

  static byte[] seed(String name) {
    return read(Path.of("../cls-examples/src/main/resources/contracts", name + ".json"));
  }

  static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file as the command line would give it: its report, its source and the contract read from it. */
  static ReportedFile file(String name, byte[] source) {
    Contract contract = ContractJson.reader().read(source).contract().orElse(null);
    return ReportedFile.of(name, ContractValidator.standard().validate(source)).withSource(source)
        .withContract(contract);
  }

  static String page(Locale locale, ReportedFile... files) {
    return HtmlReport.builder().locale(locale).addFiles(List.of(files)).build().toHtml();
  }

  /** The broken files of the reader's and the rules' test corpora. */
  static List<Path> brokenFiles() {
    List<Path> files = new ArrayList<>();
    for (String corpus : List.of("../cls-serialization/src/test/resources/io/github/clsante/serialization/invalid",
        "../cls-validation/src/test/resources/io/github/clsante/validation/rules")) {
      try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
        walk.filter(path -> path.toString().endsWith(".json")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The Nu Html Checker's errors and warnings on a page, one a line (GNU format); empty when valid. */
  static String nuErrors(String html) {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    try {
      String output = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      return output == null ? "" : output.strip();
    } catch (IOException | org.xml.sax.SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The one message the checker gives on every page, and is wrong about: it does not compute the hashes
   * of a Content-Security-Policy, so it takes the page's style, allowed by its hash, for blocked (a
   * browser applies it: HtmlReportTest checks the hash against the style's text).
   */
  static final String CSP_HASH_NOT_CHECKED = "info warning: Inline style violates Content Security Policy (meta tag):"
      + " blocked by “style-src” directive (missing “‘unsafe-inline’” or nonce/hash).";

  /** The page is valid HTML5: the checker reports no error, and no warning but the one above. */
  static void assertValidHtml(String html) {
    List<String> messages = new ArrayList<>(nuErrors(html).lines().filter(line -> !line.isBlank()).toList());
    messages.removeIf(line -> line.endsWith(CSP_HASH_NOT_CHECKED));
    assertThat(messages).as("Nu Html Checker").isEmpty();
  }
}
