package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void renders_the_agglopolys_seed_into_target_for_a_look() throws Exception {
    String html = Pages.page(Locale.FRENCH, Pages.file("agglopolys.json", Pages.seed("agglopolys")));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/agglopolys.fr.html"), html, StandardCharsets.UTF_8);
    System.out.println(Pages.nuErrors(html));
    Pages.assertValidHtml(html);
  }
}
