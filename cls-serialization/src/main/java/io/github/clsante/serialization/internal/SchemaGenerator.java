package io.github.clsante.serialization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the JSON Schema (draft 2020-12) of each version of format 1 from {@link ContractFormat},
 * the same declarations the reader and writer use. Run by the build to put the schemas in the jar.
 */
public final class SchemaGenerator {

  /** The resource path of the current version's schema within the module. */
  public static final String RESOURCE = resource(Shapes.CURRENT_MINOR);

  private SchemaGenerator() {}

  /**
   * Returns the resource path of the schema of format 1.{@code minor}.
   *
   * @param minor the minor version
   * @return the path
   */
  public static String resource(int minor) {
    return "/io/github/clsante/serialization/contract-1." + minor + ".schema.json";
  }

  /**
   * Returns the schema text of the current version: pretty-printed, ending with a newline.
   *
   * @return the schema
   */
  public static String schema() {
    return schema(Shapes.CURRENT_MINOR);
  }

  /**
   * Returns the schema text of format 1.{@code minor}: pretty-printed, ending with a newline.
   *
   * @param minor the minor version, 0 to {@link Shapes#CURRENT_MINOR}
   * @return the schema
   */
  public static String schema(int minor) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://clsante.github.io/cls-sdk/schema/contract-1." + minor + ".schema.json");
    schema.put("title", "Contrat local de santé (CLS) — JSON interchange format 1." + minor);
    String member = minor == 0 ? Shapes.SCHEMA_VERSION_MEMBER : Shapes.FORMAT_VERSION_MEMBER;
    schema.put("description", "A contract document of format 1." + minor + ": see FORMAT.md. Its " + member
        + " pattern accepts any 1.x, as readers do, but members of other versions are rejected here.");
    schema.put("$ref", "#/$defs/" + ContractFormat.CONTRACT.name());
    Map<String, Object> definitions = new LinkedHashMap<>();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      if (minor == 0 && shape == ContractFormat.DOCUMENT_VERSION) {
        continue; // an object of 1.1
      }
      definitions.put(shape.name(), shape.definition(minor));
    }
    schema.put("$defs", definitions);
    CanonicalOutput out = new CanonicalOutput();
    TreeWriter.write(schema, new JsonSink(out, true));
    out.raw((byte) '\n');
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /**
   * Writes the schema of every version under {@code <directory>/io/github/clsante/serialization/}.
   *
   * @param args one argument: the output directory (the build's classes directory)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT_DIRECTORY");
    }
    for (int minor = 0; minor <= Shapes.CURRENT_MINOR; minor++) {
      Path file = Path.of(args[0], resource(minor).substring(1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, schema(minor), StandardCharsets.UTF_8);
    }
  }
}
