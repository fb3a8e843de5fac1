package io.github.clsante.model.party;

import io.github.clsante.model.OpenCode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A register an organisation identifier belongs to (SIREN, SIRET, FINESS…). An open list: codes
 * unknown to this SDK are kept as they are (see {@link OpenCode}).
 */
public final class IdentifierScheme extends OpenCode {

  /** 9 digits with a Luhn key. Wire code {@code siren}, « SIREN ». */
  public static final IdentifierScheme SIREN = new IdentifierScheme("siren", "SIREN");

  /**
   * 14 digits (SIREN and NIC) with a Luhn key, La Poste excepted. Wire code {@code siret}, « SIRET
   * ».
   */
  public static final IdentifierScheme SIRET = new IdentifierScheme("siret", "SIRET");

  /** 9 characters with a Luhn key. Wire code {@code finess_ej}, « FINESS entité juridique ». */
  public static final IdentifierScheme FINESS_EJ = new IdentifierScheme("finess_ej", "FINESS entité juridique");

  /** 9 characters with a Luhn key. Wire code {@code finess_et}, « FINESS établissement ». */
  public static final IdentifierScheme FINESS_ET = new IdentifierScheme("finess_et", "FINESS établissement");

  /** W followed by 9 digits. Wire code {@code rna}, « Répertoire national des associations ». */
  public static final IdentifierScheme RNA = new IdentifierScheme("rna", "Répertoire national des associations");

  /**
   * A school or education establishment. Wire code {@code uai}, « Unité administrative immatriculée
   * ».
   */
  public static final IdentifierScheme UAI = new IdentifierScheme("uai", "Unité administrative immatriculée");

  private static final Map<String, IdentifierScheme> KNOWN =
      index(SIREN, SIRET, FINESS_EJ, FINESS_ET, RNA, UAI);

  private IdentifierScheme(String code, String frenchLabel) {
    super(code, frenchLabel);
  }

  /**
   * Returns the value with the given wire code: a well-known constant, or an unknown code kept as is.
   *
   * @param code the wire code, compared exactly
   * @return the value
   */
  public static IdentifierScheme of(String code) {
    IdentifierScheme known = KNOWN.get(Objects.requireNonNull(code, "code"));
    return known != null ? known : new IdentifierScheme(code, null);
  }

  /**
   * Returns the well-known constants, in declaration order.
   *
   * @return an unmodifiable collection
   */
  public static Collection<IdentifierScheme> knownValues() {
    return KNOWN.values();
  }
}
