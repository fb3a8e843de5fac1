package io.github.clsante.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.ValidationReport;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;
import tools.jackson.databind.JsonNode;

/**
 * Runs every benchmark method once on the smallest contract, outside JMH, so that the benchmarks
 * cannot rot, and checks that each one and its baseline do the same work.
 */
class BenchmarksSmokeTest {

  static final List<Class<?>> BENCHMARKS =
      List.of(ReadBenchmark.class, CanonicalBenchmark.class, ValidateBenchmark.class);

  @TempDir
  static Path data;

  static Documents small;

  @BeforeAll
  static void load() {
    System.setProperty("cls.bench.data", data.toString());
    small = Documents.of(10);
  }

  @Test
  void runs_every_benchmark_method_once() throws Exception {
    List<String> ran = new ArrayList<>();
    for (Class<?> type : BENCHMARKS) {
      Object benchmark = type.getConstructor().newInstance();
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(Benchmark.class)) {
          assertThat(method.invoke(benchmark, small)).as(method.toString()).isNotNull();
          ran.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(ran).hasSize(16).contains("ReadBenchmark.readWithLocations", "ValidateBenchmark.networkntSchema",
        "ValidateBenchmark.readThenValidate", "ValidateBenchmark.validateReadContract",
        "CanonicalBenchmark.jacksonDatabindWrite", "ValidateBenchmark.walkModel");
  }

  @Test
  void generated_contracts_are_deterministic_and_of_the_shape_asked() {
    Contract contract = Contracts.generate(100);
    assertThat(Contracts.generate(100)).isEqualTo(contract);
    assertThat(contract.axes()).hasSize(5);
    assertThat(contract.axes().stream().mapToInt(axis -> axis.actionSheets().size()).sum()).isEqualTo(100);
    contract.axes().forEach(axis -> axis.actionSheets().forEach(sheet -> {
      assertThat(sheet.pilots()).hasSizeBetween(2, 4);
      assertThat(sheet.indicators()).hasSize(3);
      assertThat(sheet.fundings()).hasSizeBetween(1, 3);
    }));
  }

  @Test
  void the_file_is_written_once_and_reads_back_as_the_contract() throws Exception {
    Path file = Contracts.file(data, 10);
    assertThat(file).hasFileName("contract-10.json");
    long written = Files.getLastModifiedTime(file).toMillis();
    assertThat(Contracts.file(data, 10)).isEqualTo(file);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
    ReadResult read = new ReadBenchmark().read(small);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.contract()).contains(small.contract);
    assertThat(new ReadBenchmark().readWithLocations(small).locationOf("/axes/0/actionSheets/1/title"))
        .isPresent();
  }

  @Test
  void the_databind_baseline_maps_every_sheet() {
    ContractPojo pojo = new ReadBenchmark().jacksonDatabind(small);
    assertThat(pojo.axes.stream().mapToInt(axis -> axis.actionSheets.size()).sum()).isEqualTo(10);
    assertThat(pojo.axes.get(0).actionSheets.get(0).indicators).hasSize(3);
  }

  @Test
  void the_databind_write_baseline_writes_every_sheet_back() {
    ContractPojo again = ReadBenchmark.MAPPER.readValue(new CanonicalBenchmark().jacksonDatabindWrite(small),
        ContractPojo.class);
    assertThat(again.axes.stream().mapToInt(axis -> axis.actionSheets.size()).sum()).isEqualTo(10);
    assertThat(again.axes.get(0).actionSheets.get(0).indicators).hasSize(3);
  }

  @Test
  void the_canonical_forms_agree_with_the_library() {
    CanonicalBenchmark canonical = new CanonicalBenchmark();
    byte[] library = canonical.erdtmanCanonicalize(small);
    assertThat(canonical.writeCanonical(small)).isEqualTo(library);
    assertThat(canonical.canonicalizeText(small).getBytes(StandardCharsets.UTF_8)).isEqualTo(library);
    assertThat(canonical.digest(small)).isEqualTo(canonical.erdtmanDigest(small))
        .isEqualTo(ContractJson.digest(small.contract));
  }

  @Test
  void validation_and_the_schema_agree_the_contract_is_valid() {
    ValidateBenchmark validate = new ValidateBenchmark();
    ValidationReport fromBytes = validate.validateBytes(small);
    assertThat(fromBytes.findings()).as("%s", fromBytes.findings()).allSatisfy(
        finding -> assertThat(finding.severity().code()).isNotEqualTo("error"));
    assertThat(validate.validateContract(small).findings()).hasSameSizeAs(fromBytes.findings());
    assertThat(validate.readThenValidate(small).findings()).isEqualTo(validate.validateContract(small).findings());
    assertThat(small.readContract).isEqualTo(small.contract).isNotSameAs(small.contract);
    assertThat(validate.validateReadContract(small).findings()).isEqualTo(validate.validateContract(small).findings());
    assertThat(validate.networkntSchema(small)).isEmpty();
  }
  @Test
  void the_walk_reads_every_value_the_file_holds_under_axes() {
    for (int sheets : new int[] {10, 100}) {
      Contract contract = Contracts.generate(sheets);
      JsonNode axes = ReadBenchmark.MAPPER.readTree(ContractJson.toCanonicalBytes(contract)).get("axes");
      ModelWalk walk = ModelWalk.of(contract);
      assertThat(walk.values()).as("%d sheets", sheets).isEqualTo(scalars(axes)).isGreaterThan(12L * sheets);
      assertThat(new ValidateBenchmark().walkModel(Documents.of(sheets))).isEqualTo(walk.sum());
    }
    assertThat(ModelWalk.of(Contracts.generate(100)).sum()).isNotEqualTo(ModelWalk.of(Contracts.generate(10)).sum());
  }

  private static long scalars(JsonNode node) {
    if (node.isValueNode()) {
      return 1;
    }
    long count = 0;
    for (JsonNode child : node) {
      count += scalars(child);
    }
    return count;
  }
}
