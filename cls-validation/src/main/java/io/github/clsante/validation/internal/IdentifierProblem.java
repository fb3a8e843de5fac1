package io.github.clsante.validation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What exactly is wrong with an identifier or code (problème): one kind of a small closed set, which
 * becomes the finding's parameter {@code problem} and selects its message, and the details that
 * message shows. Not API.
 *
 * @param kind what is wrong
 * @param details the further parameters of the finding, in order; never {@code value} nor {@code
 *     problem}; a {@code suggestion} when a likely right value is known
 */
public record IdentifierProblem(Kind kind, Map<String, String> details) {

  /** The kinds of problem; each one's {@link #code()} is the value of the parameter {@code problem}. */
  public enum Kind {
    /** The value is empty or blank. No details. */
    EMPTY("empty"),
    /** The value holds characters the identifier never has. Details: {@code characters}. */
    CHARACTERS("characters"),
    /** The value has the wrong number of characters (of digits after a fixed prefix for RNA). Details: {@code length}, {@code expected}. */
    LENGTH("length"),
    /** The value is right once a leading zero, dropped by a spreadsheet, is put back. Details: {@code suggestion}. */
    LEADING_ZERO("leading_zero"),
    /** The value is right once written differently (case, padding, spaces, surroundings). Details: {@code suggestion}. */
    FORM("form"),
    /** The last digit is not the check digit of the others. Details: {@code key}, {@code suggestion}. */
    CHECK_KEY("check_key"),
    /** A SIRET's first 9 digits are not a SIREN: their check digit is wrong. Details: {@code siren}, {@code key}. */
    SIREN_KEY("siren_key"),
    /** A SIRET of La Poste whose digit sum is not a multiple of 5. Details: {@code key}, {@code otherKey}, {@code suggestion}. */
    LA_POSTE_KEY("la_poste_key"),
    /** The value starts with 20, Corsica's code before 1976. Details: {@code suggestion} (2A), {@code alternative} (2B). */
    CORSICA("corsica"),
    /** The value does not start as the identifier must (FINESS: a département; RNA: W; QPV: QP or QN). Details for FINESS: {@code prefix}. */
    PREFIX("prefix"),
    /** A commune code's first characters are not a département code. Details: {@code departement}. */
    DEPARTEMENT("departement"),
    /** A commune code whose commune number is zero: a postal code, most likely. No details. */
    POSTAL_CODE("postal_code"),
    /** A code that is none of the codes of its list. No details. */
    UNKNOWN("unknown"),
    /** A QPV code whose characters after QP or QN have neither generation's pattern. No details. */
    PATTERN("pattern"),
    /** An e-mail address without exactly one {@code @}. Details: {@code count}. */
    AT_SIGN("at_sign"),
    /** An e-mail address whose part before the {@code @} is empty, too long or badly formed. No details. */
    LOCAL_PART("local_part"),
    /** An e-mail address whose part after the {@code @} is not a domain name. Details: {@code domain}. */
    DOMAIN("domain");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Returns the value of the finding's parameter {@code problem}.
     *
     * @return the code ({@code "check_key"})
     */
    public String code() {
      return code;
    }
  }

  /**
   * Creates a problem.
   *
   * @param kind what is wrong
   * @param details the further parameters, copied
   */
  public IdentifierProblem {
    Objects.requireNonNull(kind, "kind");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Creates a problem from its details given as name, value, name, value….
   *
   * @param kind what is wrong
   * @param details names and values, alternately
   * @return the problem
   */
  static IdentifierProblem of(Kind kind, String... details) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < details.length; i += 2) {
      map.put(details[i], details[i + 1]);
    }
    return new IdentifierProblem(kind, map);
  }

  /**
   * Returns the finding's parameters for the value checked: {@code value}, {@code problem}, then the
   * details.
   *
   * @param value the value checked
   * @return the parameters, in that order
   */
  public Map<String, String> params(String value) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("value", value);
    params.put("problem", kind.code());
    params.putAll(details);
    return params;
  }
}
