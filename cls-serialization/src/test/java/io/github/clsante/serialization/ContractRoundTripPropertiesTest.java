package io.github.clsante.serialization;

import static io.github.clsante.testing.ReportAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.clsante.model.Contract;
import io.github.clsante.testing.Examples;
import io.github.clsante.testing.Examples.Property;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.api.Pair;

/**
 * The format's round trips, over generated contracts (valid and rule-breaking ones, a few of thousands
 * of sheets): a contract written, canonical or indented, reads back to itself without a finding; and a
 * document rendered any other way (indented, its members shuffled, any whitespace, escapes and number
 * spellings) reads back to the same contract, whose canonical bytes are those of the original, byte for
 * byte, as canonicalising the rendering's bytes gives them.
 */
class ContractRoundTripPropertiesTest {

  @TestFactory
  DynamicTest a_contract_written_reads_back_to_itself_without_a_finding() {
    Property<Contract> property = Examples.of(1000)
        .forAll("read(write(c)) equals c, canonical and indented", FormatContracts.mostlySmall());
    return dynamicTest(property.name(), () -> property.check(contract -> {
      byte[] canonical = ContractJson.toCanonicalBytes(contract);
      ReadResult fromCanonical = ContractJson.reader().read(canonical);
      assertThat(fromCanonical.report()).hasNoFindings();
      assertThat(fromCanonical.contract()).contains(contract);

      ReadResult fromPretty = ContractJson.reader().read(ContractJson.toPrettyString(contract));
      assertThat(fromPretty.report()).hasNoFindings();
      assertThat(fromPretty.contract()).contains(contract);
    }));
  }

  @TestFactory
  DynamicTest any_rendering_reads_back_to_the_same_canonical_bytes() {
    Property<Pair<Contract, Long>> property = Examples.of(1000).forAll(
        "canonical bytes identical after reading an indented, member-shuffled, whitespace-varied rendering",
        FormatContracts.smallAndMedium().zip(longs().all(), Pair::of));
    return dynamicTest(property.name(), () -> property.check(example -> {
      Contract contract = example._1;
      byte[] canonical = ContractJson.toCanonicalBytes(contract);
      String rendering = JsonRendering.respell(new String(canonical, StandardCharsets.UTF_8), example._2);

      ReadResult read = ContractJson.reader().read(rendering);

      assertThat(read.report()).as(rendering).hasNoFindings();
      assertThat(read.contract()).as(rendering).contains(contract);
      assertThat(ContractJson.toCanonicalBytes(read.contract().orElseThrow())).isEqualTo(canonical);
      assertThat(ContractJson.digest(read.contract().orElseThrow())).isEqualTo(ContractJson.digest(contract));
      assertThat(ContractJson.canonicalize(rendering.getBytes(StandardCharsets.UTF_8))).isEqualTo(canonical);
    }));
  }
}
