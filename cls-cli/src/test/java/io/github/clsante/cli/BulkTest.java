package io.github.clsante.cli;

import static io.github.clsante.cli.Runs.BROKEN;
import static io.github.clsante.cli.Runs.CONTRACTS;
import static io.github.clsante.cli.Runs.cls;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.cli.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cls validate DIR} of many files on several threads: the output of every format is the same,
 * byte for byte, as on one thread, whatever order the threads finish in, and a file whose validation
 * fails on one thread is that file's internal error only.
 */
class BulkTest {

  @TempDir static Path many;

  private static final int COPIES = 40;

  /** 40 copies of each seed contract and a few broken files, in nested directories, and files not read. */
  @BeforeAll
  static void a_directory_of_many_files_made_from_the_seeds() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(CONTRACTS)) {
      seeds.filter(Inputs::isJson).sorted().forEach(sources::add);
    }
    try (Stream<Path> broken = Files.walk(BROKEN)) {
      broken.filter(Inputs::isJson).sorted().limit(20).forEach(sources::add);
    }
    for (int copy = 0; copy < COPIES; copy++) {
      Path directory = Files.createDirectories(many.resolve(String.format("lot-%02d", copy % 7)));
      for (int i = 0; i < sources.size(); i++) {
        Path source = sources.get(i);
        if (i >= 5 && copy % 4 != 0) {
          continue; // the broken files ten times, the seeds forty
        }
        Files.copy(source, directory.resolve(copy + "-" + source.getFileName()));
      }
    }
    Files.writeString(many.resolve("lot-00/notes.txt"), "pas un contrat");
    Files.writeString(many.resolve("lot-03/budget.xls"), "");
  }

  @Test
  void several_threads_give_byte_for_byte_the_output_of_one_in_every_format_and_language() {
    for (String format : List.of("text", "json", "sarif", "junit")) {
      for (String lang : List.of("fr", "en")) {
        Run one = cls("validate", "--jobs", "1", "--format", format, "--lang", lang, many.toString());
        Run four = cls("validate", "--jobs", "4", "--format", format, "--lang", lang, many.toString());
        Run defaults = cls("validate", "--format", format, "--lang", lang, many.toString());

        assertThat(one.code()).isEqualTo(Cls.FINDINGS);
        assertThat(one.out()).as(format + " " + lang).hasSizeGreaterThan(10_000);
        assertThat(four.out()).as(format + " " + lang).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err()).isEmpty();
        assertThat(four.code()).isEqualTo(one.code());
        assertThat(defaults.out()).isEqualTo(one.out());
      }
    }
    Run text = cls("validate", "--jobs", "3", "--lang", "en", many.toString());
    assertThat(text.lines()).last().asString().startsWith((5 * COPIES + 20 * COPIES / 4) + " files, ")
        .endsWith("; 2 other files not read");
  }

  @Test
  void the_output_does_not_depend_on_which_file_finishes_first() {
    Random random = new Random(13);
    Cls shuffled = Runs.command();
    // Each file takes a random time: later files often finish before earlier ones.
    shuffled.fileValidation = (validator, file) -> {
      sleep(random.nextInt(3));
      return validator.validate(file);
    };

    Run one = cls("validate", "--jobs", "1", "--lang", "en", many.toString());
    Run eight = cls(shuffled, "validate", "--jobs", "8", "--lang", "en", many.toString());

    assertThat(eight.out()).isEqualTo(one.out());
  }

  @Test
  void a_file_that_fails_on_one_thread_is_an_internal_error_of_that_file_only() {
    Path bad = many.resolve("lot-02/9-agglopolys.json");
    Cls command = Runs.command();
    command.fileValidation = (validator, file) -> {
      if (file.equals(bad)) {
        throw new IllegalStateException("a bug in a rule");
      }
      return validator.validate(file);
    };
    Cls sequential = Runs.command();
    sequential.fileValidation = command.fileValidation;

    Run parallel = cls(command, "validate", "--jobs", "4", "--lang", "en", many.toString());
    Run one = cls(sequential, "validate", "--jobs", "1", "--lang", "en", many.toString());
    Run healthy = cls("validate", "--jobs", "4", "--lang", "en", many.toString());

    assertThat(parallel.err()).isEqualTo("cls: \"" + bad + "\": internal error of the software, not a problem of "
        + "the file; run again with --debug to see the details, and report it with the file attached.\n");
    assertThat(parallel.lines()).filteredOn(line -> line.contains("CLS-INTERNAL-ERROR")).containsExactly(
        bad + ": error CLS-INTERNAL-ERROR - An internal error of the software prevented validating this file: the "
            + "problem is not in the file. Please report it with the file attached.");
    assertThat(parallel.lines()).noneMatch(line -> line.startsWith(bad + ":1:"));
    List<String> others = new ArrayList<>(healthy.lines());
    others.removeIf(line -> line.startsWith(bad + ":"));
    List<String> rest = new ArrayList<>(parallel.lines());
    rest.removeIf(line -> line.startsWith(bad + ":"));
    // Every other file's findings are there, in the same order; only the summary's counts differ.
    assertThat(rest.subList(0, rest.size() - 1)).isEqualTo(others.subList(0, others.size() - 1));
    assertThat(parallel.out()).isEqualTo(one.out());
    assertThat(parallel.err()).isEqualTo(one.err());
  }

  @Test
  void results_come_in_the_order_of_the_items_with_at_most_twice_the_jobs_held() {
    List<Integer> items = IntStream.range(0, 300).boxed().toList();
    Random random = new Random(7);
    AtomicInteger held = new AtomicInteger();
    AtomicInteger mostHeld = new AtomicInteger();
    ConcurrentHashMap<String, Boolean> threads = new ConcurrentHashMap<>();
    List<Integer> received = Collections.synchronizedList(new ArrayList<>());

    Bulk.run(items, 3, item -> {
      threads.put(Thread.currentThread().getName(), true);
      sleep(random.nextInt(2));
      mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
      return item;
    }, item -> {
      held.decrementAndGet();
      received.add(item);
    });

    assertThat(received).isEqualTo(items);
    assertThat(mostHeld.get()).isLessThanOrEqualTo(6);
    assertThat(threads.keySet()).allMatch(name -> name.startsWith("cls-validate-")).hasSizeBetween(2, 3);
  }

  @Test
  void one_job_works_on_the_calling_thread() {
    List<String> threads = new ArrayList<>();
    Bulk.run(List.of(1, 2, 3), 1, item -> {
      threads.add(Thread.currentThread().getName());
      return item;
    }, item -> { });

    assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(3);
  }

  @Test
  void jobs_must_be_a_whole_number_from_one() {
    String file = CONTRACTS.resolve("lens-lievin.json").toString();

    Run zero = cls("validate", "--lang", "en", "--jobs", "0", file);
    Run word = cls("validate", "--lang", "fr", "--jobs", "deux", file);

    assertThat(zero.code()).isEqualTo(Cls.USAGE);
    assertThat(zero.out()).isEmpty();
    assertThat(zero.err()).isEqualTo("cls: --jobs takes a number of files validated at once, 1 or more, not \"0\".\n"
        + "Help: cls validate --help\n");
    assertThat(word.code()).isEqualTo(Cls.USAGE);
    assertThat(word.err()).isEqualTo(Runs.fr("cls: --jobs attend un nombre de fichiers validés à la fois, 1 ou plus, "
        + "pas « deux ».\nAide : cls validate --help\n"));
    assertThat(Cls.Validate.jobs("12")).contains(12);
    assertThat(Cls.Validate.jobs("-1")).isEmpty();
    assertThat(Cls.Validate.jobs("99999999999")).isEmpty();
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
