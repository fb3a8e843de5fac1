package io.github.clsante.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.validation.ContractValidator;
import io.github.clsante.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Validation (validation): of a contract in memory and of a file's bytes, against networknt
 * json-schema-validator checking the same bytes against the published JSON Schema.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidateBenchmark {

  static final ContractValidator VALIDATOR = ContractValidator.standard();
  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ContractJson.schema(), InputFormat.JSON);

  /**
   * The rules on a contract in memory (no locations).
   *
   * @param in the input
   * @return the report
   */
  @Benchmark
  public ValidationReport validateContract(Documents in) {
    return VALIDATOR.validate(in.contract);
  }

  /**
   * The rules on the same contract read once from its file, validated over and over like {@link
   * #validateContract}'s: where the two differ, the generated contract's layout in memory (objects
   * allocated in the generator's order, a reference's party id the party's own string) is what differs.
   *
   * @param in the input
   * @return the report
   */
  @Benchmark
  public ValidationReport validateReadContract(Documents in) {
    return VALIDATOR.validate(in.readContract);
  }

  /**
   * A file's bytes: read with locations, then the rules.
   *
   * @param in the input
   * @return the report
   */
  @Benchmark
  public ValidationReport validateBytes(Documents in) {
    return VALIDATOR.validate(in.bytes);
  }

  /**
   * What {@code validate(bytes)} would cost without locations: the bytes read into a contract (no
   * locations), then the rules on that contract, just read. Unlike {@link #validateContract}, whose one
   * contract is validated over and over (its strings hashed, its objects in the processor's caches), the
   * rules here meet a contract as {@code validate(bytes)} does.
   *
   * @param in the input
   * @return the report
   */
  @Benchmark
  public ValidationReport readThenValidate(Documents in) {
    return VALIDATOR.validate(ReadBenchmark.READER.read(in.bytes).contract().orElseThrow());
  }

  /**
   * Baseline: the floor of any check of the whole contract, a walk over its axes that reads every value
   * once and does nothing else ({@link ModelWalk}). What {@link #validateContract} costs per sheet
   * beyond it is the rules' own work; what it costs per sheet as the contract grows is the memory's.
   *
   * @param in the input
   * @return the sum of what the walk read
   */
  @Benchmark
  public long walkModel(Documents in) {
    return ModelWalk.of(in.contract).sum();
  }

  /**
   * Baseline: the same bytes parsed by Jackson and checked against the published schema.
   *
   * @param in the input
   * @return the schema's errors
   */
  @Benchmark
  public List<Error> networkntSchema(Documents in) {
    return SCHEMA.validate(new String(in.bytes, StandardCharsets.UTF_8), InputFormat.JSON);
  }
}
