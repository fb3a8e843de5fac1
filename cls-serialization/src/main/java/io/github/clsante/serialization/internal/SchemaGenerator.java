package io.github.clsante.serialization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of format 1.0 from {@link ContractFormat}, the same
 * declarations the reader and writer use. Run by the build to put the schema in the jar.
 */
public final class SchemaGenerator {

  /** The schema's resource path within the module. */
  public static final String RESOURCE = "/io/github/clsante/serialization/contract-1.0.schema.json";

  private SchemaGenerator() {}

  /**
   * Returns the schema text: pretty-printed, ending with a newline.
   *
   * @return the schema
   */
  public static String schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://clsante.github.io/cls-sdk/schema/contract-1.0.schema.json");
    schema.put("title", "Contrat local de santé (CLS) — JSON interchange format " + Shapes.FORMAT_VERSION);
    schema.put("description", "A contract document of format 1.0: see FORMAT.md. Its schemaVersion "
        + "pattern accepts any 1.x, as readers do, but members added after 1.0 are rejected here.");
    schema.put("$ref", "#/$defs/" + ContractFormat.CONTRACT.name());
    Map<String, Object> definitions = new LinkedHashMap<>();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      definitions.put(shape.name(), shape.definition());
    }
    schema.put("$defs", definitions);
    CanonicalOutput out = new CanonicalOutput();
    TreeWriter.write(schema, new JsonSink(out, true));
    out.raw((byte) '\n');
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /**
   * Writes the schema to {@code <directory>/io/github/clsante/serialization/contract-1.0.schema.json}.
   *
   * @param args one argument: the output directory (the build's classes directory)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT_DIRECTORY");
    }
    Path file = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    Files.writeString(file, schema(), StandardCharsets.UTF_8);
  }
}
