/**
 * The JSON interchange format of CLS contracts: {@link io.github.clsante.serialization.ContractJson}
 * (canonical RFC 8785 form, digest, pretty form, schema) and {@link
 * io.github.clsante.serialization.ContractReader} (a strict, single-pass reader that reports every
 * problem with its location), and {@link io.github.clsante.serialization.ContractJson#migrate(byte[])}
 * (format 1.0 to 1.1, each change a located finding). The format is specified in {@code FORMAT.md}.
 */
package io.github.clsante.serialization;
