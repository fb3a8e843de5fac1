package io.github.clsante.benchmarks;

import io.github.clsante.model.Contract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The input of one benchmark trial (données d’un essai): a generated contract of {@link #sheets}
 * action sheets, as the model, as the bytes of its file and as their text. Quick runs pick sizes with
 * {@code -p sheets=10,100}.
 */
@State(Scope.Benchmark)
public class Documents {

  /** The number of action sheets. */
  @Param({"10", "100", "1000", "10000"})
  public int sheets;

  /** The contract, as the generator built it. */
  public Contract contract;

  /**
   * The same contract read once from its file: its objects laid out in the file's order, each id and
   * reference its own string, as an application's contract read from disk would be.
   */
  public Contract readContract;

  /** The file's bytes (UTF-8, indented). */
  public byte[] bytes;

  /** The file's text. */
  public String text;

  /** The file read by Jackson databind into plain classes, for the baseline of writing. */
  public ContractPojo pojo;

  /** Loads the file of {@link #sheets} sheets, written on the first run. */
  @Setup(Level.Trial)
  public void load() {
    contract = Contracts.generate(sheets);
    try {
      bytes = Files.readAllBytes(Contracts.file(Contracts.dataDirectory(), sheets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = new String(bytes, StandardCharsets.UTF_8);
    readContract = ReadBenchmark.READER.read(bytes).contract().orElseThrow();
    pojo = ReadBenchmark.MAPPER.readValue(bytes, ContractPojo.class);
  }

  /**
   * Returns the input of a given size, loaded: for the smoke test and the scripts.
   *
   * @param sheets the number of action sheets
   * @return the loaded input
   */
  public static Documents of(int sheets) {
    Documents documents = new Documents();
    documents.sheets = sheets;
    documents.load();
    return documents;
  }
}
