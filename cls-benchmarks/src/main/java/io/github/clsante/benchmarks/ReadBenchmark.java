package io.github.clsante.benchmarks;

import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading bytes into a contract (lecture), with and without locations, against jackson-core's bare
 * token loop and Jackson databind into {@link ContractPojo}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {

  static final ContractReader READER = ContractJson.reader();
  /** How {@code ContractValidator.validate(bytes)} reads: with every value's location. */
  static final ContractReader LOCATING = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS);
  static final JsonFactory FACTORY = JsonFactory.builder().build();
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * The SDK's reader, without locations.
   *
   * @param in the input
   * @return the result
   */
  @Benchmark
  public ReadResult read(Documents in) {
    return READER.read(in.bytes);
  }

  /**
   * The SDK's reader with {@link ReadFeature#RECORD_LOCATIONS}, as validation reads.
   *
   * @param in the input
   * @return the result
   */
  @Benchmark
  public ReadResult readWithLocations(Documents in) {
    return LOCATING.read(in.bytes);
  }

  /**
   * Baseline: every token of the document through jackson-core, each string and number decoded.
   *
   * @param in the input
   * @return a checksum of what was decoded
   */
  @Benchmark
  public long jacksonTokens(Documents in) {
    long sum = 0;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in.bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME:
          case VALUE_STRING:
            sum += parser.getString().length();
            break;
          case VALUE_NUMBER_INT:
            sum += parser.getLongValue();
            break;
          case VALUE_NUMBER_FLOAT:
            sum += parser.getDecimalValue().scale();
            break;
          default:
            sum++;
        }
      }
    }
    return sum;
  }

  /**
   * Baseline: Jackson databind into plain classes of the format's shape.
   *
   * @param in the input
   * @return the classes
   */
  @Benchmark
  public ContractPojo jacksonDatabind(Documents in) {
    return MAPPER.readValue(in.bytes, ContractPojo.class);
  }
}
