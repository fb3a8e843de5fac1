/**
 * Implementation of the JSON format: <strong>not API</strong>, may change in any release. The format
 * is declared once in {@link io.github.clsante.serialization.internal.ContractFormat}; reading,
 * canonical writing and the JSON Schema all follow from those declarations.
 */
package io.github.clsante.serialization.internal;
