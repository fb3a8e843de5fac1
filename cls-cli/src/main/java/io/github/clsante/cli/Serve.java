package io.github.clsante.cli;

import io.github.clsante.server.ValidatorServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cls serve}: the web validator (cls-server) on this machine, until it is stopped (Ctrl+C or
 * SIGTERM, which let the requests in flight finish).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Cls.Version.class)
final class Serve implements Callable<Integer> {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|B|KB|KIB|K|MB|MIB|M|GB|GIB|G)",
      Pattern.CASE_INSENSITIVE);

  @ParentCommand
  Cls cls;

  @Option(names = "--port", paramLabel = "${bundle:label.port}", descriptionKey = "option.port")
  int port = ValidatorServer.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "${bundle:label.address}", descriptionKey = "option.bind")
  String bind = ValidatorServer.DEFAULT_BIND;

  @Option(names = "--max-upload", paramLabel = "${bundle:label.size}", descriptionKey = "option.maxUpload")
  String maxUpload = "20MB";

  @Option(names = "--timeout", paramLabel = "${bundle:label.seconds}", descriptionKey = "option.timeout")
  long timeoutSeconds = ValidatorServer.DEFAULT_REQUEST_TIMEOUT.toSeconds();

  @Option(names = "--max-concurrent", paramLabel = "${bundle:label.count}", descriptionKey = "option.maxConcurrent")
  int maxConcurrent = ValidatorServer.DEFAULT_MAX_CONCURRENT_REQUESTS;

  @Option(names = "--rate-limit", paramLabel = "${bundle:label.count}", descriptionKey = "option.rateLimit")
  int rateLimit = ValidatorServer.DEFAULT_RATE_LIMIT_PER_MINUTE;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Texts texts = cls.texts();
    List<String> errors = new ArrayList<>();
    long upload = bytes(maxUpload);
    if (upload < 1) {
      errors.add(texts.get("error.serve.size", "value", texts.quote(maxUpload)));
    }
    ValidatorServer server = null;
    try {
      ValidatorServer.Builder builder = ValidatorServer.builder();
      check(errors, texts, "--port", () -> builder.port(port));
      check(errors, texts, "--timeout", () -> builder.requestTimeout(Duration.ofSeconds(timeoutSeconds)));
      check(errors, texts, "--max-concurrent", () -> builder.maxConcurrentRequests(maxConcurrent));
      check(errors, texts, "--rate-limit", () -> builder.rateLimitPerMinute(rateLimit));
      if (upload >= 1) {
        builder.maxUploadBytes(upload);
      }
      builder.bind(bind);
      if (errors.isEmpty()) {
        try {
          server = builder.build();
        } catch (IllegalArgumentException e) {
          errors.add(texts.get("error.serve.bind", "value", texts.quote(bind)));
        }
      }
    } finally {
      if (!errors.isEmpty()) {
        cls.usageErrors(" serve", errors);
      }
    }
    if (server == null) {
      return Cls.USAGE;
    }
    try {
      server.start();
    } catch (IllegalStateException e) {
      cls.errLine(texts.get("error.serve.start", "address", bind + ":" + port));
      return Cls.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ValidatorServer running = server;
    // SIGTERM and Ctrl+C run the shutdown hooks: the server answers the requests in flight, then stops.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.stop();
      stopped.countDown();
    }, "cls-serve-stop"));
    cls.writeStdout((texts.get("serve.started", "url", server.url()) + "\n").getBytes(StandardCharsets.UTF_8));
    if (!server.bindAddress().isLoopbackAddress()) {
      cls.errLine(texts.get("serve.notLocal", "address", server.bindAddress().getHostAddress()));
    }
    stopped.await();
    return Cls.OK;
  }

  private static void check(List<String> errors, Texts texts, String option, Runnable set) {
    try {
      set.run();
    } catch (IllegalArgumentException e) {
      errors.add(texts.get("error.serve.value", "option", option, "detail", e.getMessage()));
    }
  }

  /** A size such as {@code 20MB}, {@code 512k} or {@code 1048576}, in bytes (MB = MiB); -1 when not one. */
  static long bytes(String text) {
    Matcher matcher = SIZE.matcher(text.strip());
    if (!matcher.matches()) {
      return -1;
    }
    long number = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2).toUpperCase(Locale.ROOT);
    long factor = unit.startsWith("K") ? 1L << 10 : unit.startsWith("M") ? 1L << 20 : unit.startsWith("G") ? 1L << 30 : 1;
    return number > Long.MAX_VALUE / factor ? -1 : number * factor;
  }
}
