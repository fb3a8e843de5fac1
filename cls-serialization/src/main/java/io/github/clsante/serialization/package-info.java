/**
 * The JSON interchange format of CLS contracts: {@link io.github.clsante.serialization.ContractJson}
 * (canonical RFC 8785 form, digest, pretty form, schema) and {@link
 * io.github.clsante.serialization.ContractReader} (a strict, single-pass reader that reports every
 * problem with its location). The format is specified in {@code FORMAT.md}.
 */
package io.github.clsante.serialization;
