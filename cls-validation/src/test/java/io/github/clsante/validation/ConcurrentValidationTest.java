package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.testing.ContractGenerator;
import io.github.clsante.testing.Contracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One reader and one validator, shared by eight threads over the examples, the reader's broken files and
 * generated contracts (in memory and as documents), give exactly what one thread gives: the same
 * contracts read ({@code equals}) and the same reports, compared as canonical JSON bytes, digest, places
 * and messages in both languages included.
 */
class ConcurrentValidationTest {

  /** Contracts that break the rules on purpose (cls-testing). */
  private static final ContractGenerator ANYTHING_GOES = Contracts.anythingGoes();

  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  /** The reader and the validators shared: the standard ones, a lenient one, and one with rules of its own. */
  private static final ContractReader READER = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS);
  private static final List<ContractValidator> VALIDATORS = List.of(ContractValidator.standard(),
      ContractValidator.builder().reader(ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS))
          .maxFindings(10).build(),
      ContractValidator.builder().addRule(new TestRules.PilotSignatory()).addRule(new TestRules.Constraints()).build());

  /** The documents: every seed contract, every file of the reader's corpus, generated contracts written out. */
  private static Map<String, byte[]> documents() throws IOException {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (String name : Seeds.NAMES) {
      documents.put(name, Seeds.json(name));
    }
    try (Stream<Path> files = Files.walk(ReaderCorpusValidationTest.CORPUS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        documents.put(ReaderCorpusValidationTest.CORPUS.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    for (long seed = 0; seed < 60; seed++) {
      Contract contract = ANYTHING_GOES.sample(seed);
      documents.put("generated-" + seed, seed % 2 == 0 ? ContractJson.toCanonicalBytes(contract)
          : ContractJson.toPrettyString(contract).getBytes(StandardCharsets.UTF_8));
    }
    return documents;
  }

  /** The contracts validated in memory. */
  private static Map<String, Contract> contracts() {
    Map<String, Contract> contracts = new LinkedHashMap<>();
    for (String name : Seeds.NAMES) {
      contracts.put(name, Seeds.contract(name));
    }
    for (long seed = 100; seed < 160; seed++) {
      contracts.put("generated-" + seed, ANYTHING_GOES.sample(seed));
    }
    return contracts;
  }

  /** What one thread gets for one task: the contract read, if any, and the reports as canonical bytes. */
  private record Result(Optional<Contract> contract, List<String> reports) {}

  private interface Task {
    Result run();
  }

  /** A report as canonical JSON, in French and in English. */
  private static List<String> canonical(ValidationReport report) {
    return List.of(ContractJson.canonicalize(report.toJson(Locale.FRENCH)),
        ContractJson.canonicalize(report.toJson(Locale.ENGLISH)));
  }

  private static Map<String, Task> tasks() throws IOException {
    Map<String, Task> tasks = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> document : documents().entrySet()) {
      byte[] bytes = document.getValue();
      tasks.put("read " + document.getKey(), () -> {
        ReadResult read = READER.read(bytes);
        return new Result(read.contract(), List.of(read.report().toString(), read.unreadable().toString()));
      });
      for (int v = 0; v < VALIDATORS.size(); v++) {
        ContractValidator validator = VALIDATORS.get(v);
        tasks.put("validate#" + v + " " + document.getKey(), () -> {
          ValidationReport report = validator.validate(bytes);
          return new Result(report.contract(), canonical(report));
        });
      }
    }
    for (Map.Entry<String, Contract> contract : contracts().entrySet()) {
      for (int v = 0; v < VALIDATORS.size(); v++) {
        ContractValidator validator = VALIDATORS.get(v);
        tasks.put("validate#" + v + " in memory " + contract.getKey(), () -> {
          ValidationReport report = validator.validate(contract.getValue());
          return new Result(report.contract(), canonical(report));
        });
      }
    }
    return tasks;
  }

  @Test
  void eight_threads_sharing_one_reader_and_one_validator_get_what_one_thread_gets() throws Exception {
    Map<String, Task> tasks = tasks();
    Map<String, Result> alone = new LinkedHashMap<>();
    tasks.forEach((name, task) -> alone.put(name, task.run()));
    assertThat(alone.values().stream().filter(r -> r.contract().isPresent()).count())
        .as("tasks that read or validate a contract").isGreaterThan(300);

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        runs.add(threads.submit(() -> {
          List<String> names = new ArrayList<>(tasks.keySet());
          List<String> differences = new ArrayList<>();
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(names, new Random(seed * 31 + round)); // each thread in its own order
            for (String name : names) {
              Result result = tasks.get(name).run();
              if (!result.equals(alone.get(name))) {
                differences.add(name);
              }
            }
          }
          return differences;
        }));
      }
      start.countDown();
      List<String> differences = new ArrayList<>();
      for (Future<List<String>> run : runs) {
        differences.addAll(run.get(10, TimeUnit.MINUTES));
      }
      assertThat(differences).as("tasks whose result differed from the single-threaded one").isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }
}
