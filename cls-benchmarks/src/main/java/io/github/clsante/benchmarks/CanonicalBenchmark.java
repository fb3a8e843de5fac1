package io.github.clsante.benchmarks;

import io.github.clsante.serialization.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.erdtman.jcs.JsonCanonicalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The RFC 8785 canonical form (forme canonique) and the digest (empreinte): from the model, and of any
 * text, against java-json-canonicalization canonicalising the same text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CanonicalBenchmark {

  /**
   * The canonical bytes written from the model.
   *
   * @param in the input
   * @return the bytes
   */
  @Benchmark
  public byte[] writeCanonical(Documents in) {
    return ContractJson.toCanonicalBytes(in.contract);
  }

  /**
   * Baseline of the model writer's cost per sheet: Jackson databind writing the same contract from plain
   * classes of the format's shape (compact, members in declaration order: not canonical), a walk over a
   * tree of objects of about the same size as the model's.
   *
   * @param in the input
   * @return the bytes
   */
  @Benchmark
  public byte[] jacksonDatabindWrite(Documents in) {
    return ReadBenchmark.MAPPER.writeValueAsBytes(in.pojo);
  }

  /**
   * The contract's digest: SHA-256 of its canonical bytes, in hex.
   *
   * @param in the input
   * @return the digest
   */
  @Benchmark
  public String digest(Documents in) {
    return ContractJson.digest(in.contract);
  }

  /**
   * Any text canonicalised by the SDK.
   *
   * @param in the input
   * @return the canonical text
   */
  @Benchmark
  public String canonicalizeText(Documents in) {
    return ContractJson.canonicalize(in.text);
  }

  /**
   * Baseline: java-json-canonicalization canonicalising the same text.
   *
   * @param in the input
   * @return the canonical bytes
   */
  @Benchmark
  public byte[] erdtmanCanonicalize(Documents in) {
    try {
      return new JsonCanonicalizer(in.text).getEncodedUTF8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Baseline of the digest: java-json-canonicalization's form of the text, hashed the same way.
   *
   * @param in the input
   * @return the digest
   */
  @Benchmark
  public String erdtmanDigest(Documents in) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(erdtmanCanonicalize(in)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
