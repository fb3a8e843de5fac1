package io.github.clsante.model;

import io.github.clsante.model.internal.CodeLookup;
import java.util.Optional;

/**
 * What kind of contract a CLS is (nature du contrat). A closed list: a code outside it is an error in
 * a contract file.
 */
public enum ContractKind implements Coded {
  /**
   * The usual contract, for 3 to 5 years (sometimes more, by amendment). Wire code {@code
   * pluriannual}, « Contrat pluriannuel ».
   */
  PLURIANNUAL("pluriannual", "Contrat pluriannuel"),
  /**
   * A one-year préfiguration contract, which prepares the pluriannual one (its first action sheet is
   * often the diagnostic itself). Wire code {@code prefiguration}, « Contrat de préfiguration ».
   */
  PREFIGURATION("prefiguration", "Contrat de préfiguration");

  private final String code;
  private final String frenchLabel;

  ContractKind(String code, String frenchLabel) {
    this.code = code;
    this.frenchLabel = frenchLabel;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @param code the wire code, compared exactly
   * @return the constant, or empty when the code is not in this list
   */
  public static Optional<ContractKind> fromCode(String code) {
    return CodeLookup.byCode(ContractKind.class, code);
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
