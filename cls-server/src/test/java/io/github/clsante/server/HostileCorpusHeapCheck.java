package io.github.clsante.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own with a 128 MB heap (the Surefire execution {@code small-heap} of this module's
 * pom; its name does not end in {@code Test}, so the default execution leaves it out): the whole hostile
 * corpus, through the API in every format and through the page, never gives a 500, and the heap used
 * after it is back near where it started.
 */
class HostileCorpusHeapCheck {

  private static final Path SERIALIZATION = Path.of("../cls-serialization/src/test/resources/io/github/clsante/serialization");
  private static final Path PLANS = Path.of("../cls-spreadsheet/src/test/resources/tet");

  static Map<String, byte[]> corpus() throws Exception {
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(SERIALIZATION.resolve("invalid"))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        corpus.put(SERIALIZATION.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    try (Stream<Path> files = Files.list(PLANS)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".xlsx")).sorted()::iterator) {
        byte[] bytes = Files.readAllBytes(file);
        corpus.put(file.getFileName().toString(), bytes);
        corpus.put("tronqué-" + file.getFileName(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    corpus.put("imbriqué.json", ("[".repeat(200_000) + "]".repeat(200_000)).getBytes(StandardCharsets.US_ASCII));
    corpus.put("objets-imbriqués.json", "{\"a\":".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
    corpus.put("chaîne-énorme.json", ("{\"id\":\"" + "é".repeat(5_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    corpus.put("nombre-énorme.json", ("{\"n\":" + "9".repeat(5_000_000) + "}").getBytes(StandardCharsets.US_ASCII));
    corpus.put("octets.json", random(1 << 20));
    corpus.put("vide.json", new byte[0]);
    corpus.put("dix-mille-constats.json", TruncatedReportServerTest.file().getBytes(StandardCharsets.UTF_8));
    corpus.put("bombe.xlsx", bomb());
    corpus.put("zip-sans-classeur.ods", zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"
        .getBytes(StandardCharsets.US_ASCII), "content.xml", "<pas du xml".getBytes(StandardCharsets.US_ASCII))));
    corpus.put("ole2.xlsx", ole2());
    return corpus;
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(8785).nextBytes(bytes);
    return bytes;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** An xlsx whose one sheet expands a thousand to one: 32 MiB of spaces. */
  private static byte[] bomb() throws Exception {
    byte[] sheet = new byte[32 << 20];
    java.util.Arrays.fill(sheet, (byte) ' ');
    return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.US_ASCII),
        "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.US_ASCII), "xl/worksheets/sheet1.xml", sheet));
  }

  private static byte[] ole2() {
    byte[] bytes = random(4096);
    bytes[0] = (byte) 0xD0;
    bytes[1] = (byte) 0xCF;
    bytes[2] = (byte) 0x11;
    bytes[3] = (byte) 0xE0;
    return bytes;
  }

  @Test
  void the_hostile_corpus_never_gives_a_500_in_a_128_mb_heap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(130L << 20);
    ValidatorServer server = ValidatorServer.builder().port(0).rateLimitPerMinute(100_000).build();
    server.start();
    try {
      Map<String, byte[]> corpus = corpus();
      assertThat(corpus.size()).isGreaterThan(40);
      long before = used();
      List<String> failures = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
          for (String format : List.of("json", "sarif", "html")) {
            String name = java.net.URLEncoder.encode(file.getKey(), StandardCharsets.UTF_8);
            HttpResponse<String> response = Http.post(server, "/api/validate?format=" + format + "&name=" + name,
                file.getValue());
            if (response.statusCode() != 200) {
              failures.add(file.getKey() + " " + format + ": " + response.statusCode());
            }
          }
          HttpResponse<String> page = PageTest.submit(server, "fr", Map.of(file.getKey(), file.getValue()));
          if (page.statusCode() != 200) {
            failures.add(file.getKey() + " page: " + page.statusCode());
          }
        }
      }
      assertThat(failures).isEmpty();
      long after = used();
      // Nothing kept: what is in use after two rounds is close to what was before the first.
      assertThat(after - before).isLessThan(24L << 20);
    } finally {
      server.stop();
    }
  }

  private static long used() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
