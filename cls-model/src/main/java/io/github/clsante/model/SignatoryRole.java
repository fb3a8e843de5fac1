package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * The standing of a signatory (signataire) in a contract. A closed list: a code outside it is an
 * error in a contract file.
 */
public enum SignatoryRole implements Coded {
  /**
   * A principal party: the ARS and the carrying local authority, at least. Wire code {@code
   * principal}, « Signataire ».
   */
  PRINCIPAL("principal", "Signataire"),
  /**
   * An associated co-signatory (CPAM, hospital, Éducation nationale…). Wire code {@code
   * associated}, « Co-signataire associé ».
   */
  ASSOCIATED("associated", "Co-signataire associé");

  private final String code;
  private final String frenchLabel;

  SignatoryRole(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<SignatoryRole> fromCode(String code) {
    return CodeLookup.byCode(SignatoryRole.class, code);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String frenchLabel() {
    return frenchLabel;
  }
}
