/**
 * Validation of CLS contracts: {@link io.github.clsante.validation.ContractValidator} applies every
 * {@link io.github.clsante.validation.Rule} (stable codes, French and English messages, catalogue in
 * {@code RULES.md}) and returns a {@link io.github.clsante.validation.ValidationReport}.
 */
package io.github.clsante.validation;
