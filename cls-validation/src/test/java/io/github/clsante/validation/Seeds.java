package io.github.clsante.validation;

import io.github.clsante.model.Contract;
import io.github.clsante.serialization.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed contracts' canonical files, read from cls-examples' sources (cls-examples depends on this
 * module, so this module's tests cannot depend on it).
 */
final class Seeds {

  static final List<String> NAMES = io.github.clsante.testing.Seeds.names();

  private Seeds() {}

  static byte[] json(String name) {
    try {
      return Files.readAllBytes(Path.of("../cls-examples/src/main/resources/contracts", name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Contract contract(String name) {
    return ContractJson.reader().read(json(name)).contract().orElseThrow();
  }
}
