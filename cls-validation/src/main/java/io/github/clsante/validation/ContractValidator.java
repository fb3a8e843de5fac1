package io.github.clsante.validation;

import io.github.clsante.model.Contract;
import io.github.clsante.model.Spelling;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.FindingMessagesProvider;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Report;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.serialization.ContractJson;
import io.github.clsante.serialization.ContractReader;
import io.github.clsante.serialization.ReadFeature;
import io.github.clsante.serialization.ReadProblem;
import io.github.clsante.serialization.ReadResult;
import io.github.clsante.validation.internal.FindingCap;
import io.github.clsante.validation.internal.Grading;
import io.github.clsante.validation.internal.RuleWalker;
import io.github.clsante.validation.internal.UserConstraints;
import io.github.clsante.validation.internal.Walk;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Validates contracts (validateur): applies every {@link Rule}, and the users' own rules of a
 * configured validator, and reports every finding at once.
 *
 * <p>One validator is thread-safe and meant to be shared. Hibernate Validator, which checks the field
 * rules, starts on the first validation (about 0.3 s) and is then reused by every validator. Validating
 * a file reads it with the strict reader, so a report holds the reader's problems and the rules'
 * findings together, each with its line and column. Validation never throws for a bad contract or
 * file.
 *
 * <p>A report holds at most {@value #DEFAULT_MAX_FINDINGS} findings ({@link Builder#maxFindings(int)}):
 * past it, the errors are kept first, then the warnings, then the information, each in the report's
 * order (by place in the contract), and one more finding, {@link ValidationReport#TRUNCATED}, says how many were left out
 * (and how many of those are errors). A file with a million problems thus gives a report, and takes a
 * memory, of a bounded size.
 *
 * <pre>{@code
 * ContractValidator validator = ContractValidator.standard();
 * ValidationReport fromFile = validator.validate(Path.of("cls-agglopolys.json"));
 * ValidationReport fromModel = validator.validate(contract);
 *
 * ContractValidator regional = ContractValidator.builder()
 *     .addRule(new CentreValDeLoireRules())                         // cls-examples' worked example
 *     .severity(Rule.SHEET_NO_INDICATOR, Severity.ERROR)            // a warning treated as an error
 *     .disable("CLS-CONTRACT-SIGNED-LATE")
 *     .build();
 * }</pre>
 */
public final class ContractValidator {

  /** The default limit of findings in a report, past which they are counted, not listed. */
  public static final int DEFAULT_MAX_FINDINGS = 10_000;

  private static final ContractValidator STANDARD = new ContractValidator(ContractJson.reader(), Grading.STANDARD,
      List.of(), List.of(), DEFAULT_MAX_FINDINGS);

  private final ContractReader reader;
  private final Grading grading;
  /** The users' rules that check contracts in code. */
  private final List<ContractRule> checks;
  /** The users' Jakarta constraints, each rule's checked by an engine of its own. */
  private final List<UserConstraints> constraints;
  /** The most findings a report lists. */
  private final int maxFindings;

  private ContractValidator(ContractReader reader, Grading grading, List<ContractRule> checks,
      List<UserConstraints> constraints, int maxFindings) {
    this.reader = reader.with(ReadFeature.RECORD_LOCATIONS).withMaxProblems(maxFindings);
    this.maxFindings = maxFindings;
    this.grading = grading;
    this.checks = List.copyOf(checks);
    this.constraints = List.copyOf(constraints);
  }

  /**
   * Returns the standard validator, which reads files strictly.
   *
   * @return the validator
   */
  public static ContractValidator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator that reads files with the given reader (lenient, other limits).
   *
   * @param reader the reader
   * @return the validator
   */
  public static ContractValidator withReader(ContractReader reader) {
    return builder().reader(reader).build();
  }

  /**
   * Returns a builder of a configured validator: users' own rules ({@link ContractRule}: code, Jakarta
   * constraints, or both), rules disabled, severities changed, another reader.
   *
   * @return a builder of a validator like the standard one
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a contract built in memory. Findings have JSON Pointers into its canonical document, and
   * no location.
   *
   * @param contract the contract
   * @return the report
   */
  public ValidationReport validate(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    FindingCap findings = findings(contract, List.of(), UnaryOperator.identity(), pointer -> Optional.empty());
    return new ValidationReport(Report.of(findings.findings()), contract, true);
  }

  /**
   * Validates a contract document.
   *
   * @param json the document, UTF-8
   * @return the report of the reader's problems and the rules' findings
   */
  public ValidationReport validate(byte[] json) {
    return validate(reader.read(json));
  }

  /**
   * Validates a contract file.
   *
   * @param path the file
   * @return the report; an unreadable file gives a {@code CLS-JSON-IO-ERROR} finding
   */
  public ValidationReport validate(Path path) {
    return validate(reader.read(path));
  }

  /**
   * Validates a contract document read from a stream, which is not closed.
   *
   * @param in the stream
   * @return the report
   */
  public ValidationReport validate(InputStream in) {
    return validate(reader.read(in));
  }

  /**
   * Validates a contract read from another source than a JSON document, a spreadsheet for example: the
   * report holds that reading's findings, then the rules' findings, each passed through {@code locate}
   * so that it can say where its value was in the source (a spreadsheet cell: {@link
   * Finding#withCell(io.github.clsante.model.report.CellLocation)}). As for a JSON document, a
   * reading with an error gives a report without a digest.
   *
   * <pre>{@code
   * ValidationReport report = validator.validate(imported, readingFindings,
   *     finding -> cellOf(finding.pointer()).map(finding::withCell).orElse(finding));
   * }</pre>
   *
   * @param contract the contract read
   * @param sourceFindings the findings of its reading, already located
   * @param locate what gives a rule's finding its place in the source; the identity for none
   * @return the report
   * @throws NullPointerException if {@code locate} returns {@code null}
   */
  public ValidationReport validate(Contract contract, Report sourceFindings, UnaryOperator<Finding> locate) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(sourceFindings, "sourceFindings");
    Objects.requireNonNull(locate, "locate");
    FindingCap findings = new FindingCap(maxFindings);
    findings.addAll(sourceFindings.findings());
    findings.addAll(findings(contract, List.of(), UnaryOperator.identity(), pointer -> Optional.empty()),
        finding -> Objects.requireNonNull(locate.apply(finding), "locate returned null"));
    return new ValidationReport(Report.of(findings.findings()), contract, sourceFindings.isValid());
  }

  private ValidationReport validate(ReadResult read) {
    FindingCap findings = new FindingCap(maxFindings);
    findings.addAll(read.report().findings()); // the reader's count of problems left out becomes the report's
    if (read.contract().isEmpty()) {
      return new ValidationReport(Report.of(findings.findings()));
    }
    Contract contract = read.contract().get();
    // The rules speak format 1.1; a 1.0 document writes its amounts under other names (budgetCents).
    Function<String, Optional<SourceLocation>> locations = pointer -> read.locationOf(read.documentPointer(pointer));
    UnaryOperator<Finding> locate = finding -> {
      String pointer = read.documentPointer(finding.pointer());
      Finding placed = pointer.equals(finding.pointer()) ? finding : finding.withPointer(pointer);
      return read.locationOf(pointer).map(location -> placed.withLocation(location))
          .orElse(placed);
    };
    findings.addAll(findings(contract, read.unreadable(), read::documentPointer, locations), locate);
    // A contract read with errors holds placeholders or values read as meant: its digest would not be
    // the file's, so the report has none. The report computes it only when asked.
    return new ValidationReport(Report.of(findings.findings()), contract, read.report().isValid());
  }

  /**
   * The findings of the rules, at most {@link #maxFindings} of them: the standard walk alone for the
   * standard validator; for a configured one, the walk graded, then the users' rules over its indexes,
   * then their constraints.
   */
  private FindingCap findings(Contract contract, java.util.Collection<String> unreadable,
      UnaryOperator<String> documentPointer, Function<String, Optional<SourceLocation>> locations) {
    Walk walk = RuleWalker.walk(contract, unreadable, documentPointer, grading, !checks.isEmpty(), maxFindings);
    if (!checks.isEmpty()) {
      RuleContext context = new RuleContext(walk, locations);
      for (ContractRule rule : checks) {
        rule.check(context);
      }
    }
    for (UserConstraints constrained : constraints) {
      constrained.check(contract, walk);
    }
    return walk.cap();
  }

  /**
   * Builds a configured validator (validateur configuré): the standard rules, the users' own rules, and
   * what is changed of both. Every code given is checked when the validator is built.
   *
   * <pre>{@code
   * ContractValidator validator = ContractValidator.builder()
   *     .addRule(new CentreValDeLoireRules())
   *     .severity("CLS-SHEET-NO-INDICATOR", Severity.ERROR)
   *     .disable("CLS-CONTRACT-SIGNED-LATE")
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    /** A code of one's own: upper-case words and digits joined by dashes. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    private ContractReader reader = ContractJson.reader();
    private int maxFindings = DEFAULT_MAX_FINDINGS;
    private final List<ContractRule> rules = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the reader of files (lenient, other limits); the default reads strictly. The validator keeps
     * its other settings, but not its limit of problems: the reader keeps as many problems as a report
     * lists ({@link #maxFindings(int)}).
     *
     * @param reader the reader
     * @return this builder
     */
    public Builder reader(ContractReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * Sets the most findings a report lists ({@value ContractValidator#DEFAULT_MAX_FINDINGS} by
     * default). Past it, the errors are kept first, then the warnings, then the information, each in the
     * report's order (by place in the contract), and one more finding, {@link ValidationReport#TRUNCATED}, says how many were
     * left out; it has the severity of the most severe left out, so that a report stays invalid when
     * errors were left out.
     *
     * @param max the most findings listed, at least 10
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 10
     */
    public Builder maxFindings(int max) {
      if (max < 10) {
        throw new IllegalArgumentException("the limit of findings must be at least 10: " + max);
      }
      this.maxFindings = max;
      return this;
    }

    /**
     * Adds a rule of one's own, applied after the standard rules.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(ContractRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Disables a rule: its findings are not reported.
     *
     * @param code the code of a standard rule or of a rule added
     * @return this builder
     */
    public Builder disable(String code) {
      disabled.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Disables a standard rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder disable(Rule rule) {
      return disable(rule.code());
    }

    /**
     * Changes the severity of a rule's findings: a warning treated as an error, an error as a warning.
     *
     * @param code the code of a standard rule or of a rule added
     * @param severity the severity of its findings
     * @return this builder
     */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Changes the severity of a standard rule's findings.
     *
     * @param rule the rule
     * @param severity the severity of its findings
     * @return this builder
     */
    public Builder severity(Rule rule, Severity severity) {
      return severity(rule.code(), severity);
    }

    /**
     * Builds the validator. A rule added that maps Jakarta constraints starts a Hibernate Validator
     * engine of its own here (about 0.3 s for the first of a process, less for the next). The messages
     * of the rules added are registered with {@link FindingMessages}, which renders their findings'
     * messages from then on, as it does the SDK's.
     *
     * @return the validator, thread-safe
     * @throws IllegalArgumentException if a code disabled or re-graded is no rule's (a reader's problem,
     *     {@code CLS-JSON-…}, is not a rule), if a rule added declares no code, a malformed code, a code
     *     of the SDK's ({@code CLS-…}) or of another rule, or a code without a French or English message,
     *     if a rule is added twice, or if a constraint's message is not one of its rule's codes
     */
    public ContractValidator build() {
      Map<String, Severity> userCodes = new LinkedHashMap<>();
      Map<String, ContractRule> owners = new LinkedHashMap<>();
      List<FindingMessagesProvider> catalogues = new ArrayList<>();
      List<ContractRule> checks = new ArrayList<>();
      List<UserConstraints> constraints = new ArrayList<>();
      for (ContractRule rule : rules) {
        String name = rule.getClass().getName();
        Map<String, Severity> codes = Objects.requireNonNull(rule.codes(), () -> name + ".codes()");
        MessageCatalog catalog = Objects.requireNonNull(rule.messages(), () -> name + ".messages()");
        if (codes.isEmpty()) {
          throw new IllegalArgumentException(name + " declares no code");
        }
        for (Map.Entry<String, Severity> code : codes.entrySet()) {
          declare(rule, code.getKey(), code.getValue(), catalog, owners);
          userCodes.put(code.getKey(), code.getValue());
        }
        catalogues.add(new RuleCatalogue(Set.copyOf(codes.keySet()), catalog));
        if (overrides(rule, "check", RuleContext.class)) {
          checks.add(rule);
        }
        if (overrides(rule, "constrain", ConstraintMapping.class)) {
          UserConstraints.of(rule::constrain, codes.keySet()).ifPresent(constraints::add);
        }
      }
      for (String code : disabled) {
        known(code, userCodes);
      }
      for (String code : severities.keySet()) {
        known(code, userCodes);
      }
      // The messages of the rules added render like the SDK's, wherever the findings go.
      catalogues.forEach(FindingMessages::register);
      return new ContractValidator(reader, Grading.of(userCodes, disabled, severities), checks, constraints,
          maxFindings);
    }

    /** A code a rule added declares: well-formed, not the SDK's nor another rule's, with both messages. */
    private static void declare(ContractRule rule, String code, Severity severity, MessageCatalog catalog,
        Map<String, ContractRule> owners) {
      String name = rule.getClass().getName();
      Objects.requireNonNull(code, () -> name + " declares a null code");
      Objects.requireNonNull(severity, () -> name + " declares no severity for " + code);
      if (code.startsWith("CLS-")) {
        throw new IllegalArgumentException(name + " declares " + code + ": codes beginning with CLS- are the "
            + "SDK's; name a rule of one's own after its owner (ARS-BRE-…)");
      }
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(name + " declares " + code
            + ": a code is upper-case words and digits joined by dashes (ARS-BRE-PILOT)");
      }
      ContractRule other = owners.putIfAbsent(code, rule);
      if (other != null) {
        throw new IllegalArgumentException(other == rule ? name + " is added twice: its code " + code
            + " would be reported twice" : "two rules added declare " + code + ": " + other.getClass().getName()
            + " and " + name);
      }
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        if (catalog.template(code, locale).isEmpty()) {
          throw new IllegalArgumentException(name + " declares " + code + " but its catalogue has no "
              + locale.getDisplayLanguage(Locale.ENGLISH) + " message for it");
        }
      }
    }

    /** The messages of a rule added, for {@link FindingMessages}: its catalogue, for its codes only. */
    private static final class RuleCatalogue implements FindingMessagesProvider {
      private final Set<String> codes;
      private final MessageCatalog catalog;

      RuleCatalogue(Set<String> codes, MessageCatalog catalog) {
        this.codes = codes;
        this.catalog = catalog;
      }

      @Override
      public Set<String> codes() {
        return codes;
      }

      @Override
      public Optional<String> message(Finding finding, Locale locale) {
        return catalog.render(finding, locale);
      }
    }

    /** A code disabled or re-graded must be a standard rule's or a rule added's. */
    private static void known(String code, Map<String, Severity> userCodes) {
      if (Rule.fromCode(code).isPresent() || userCodes.containsKey(code)) {
        return;
      }
      if (ReadProblem.fromCode(code).isPresent()) {
        throw new IllegalArgumentException(code + " is a problem of reading the file, not a rule: "
            + "it can be neither disabled nor re-graded");
      }
      List<String> codes = new ArrayList<>(userCodes.keySet());
      for (Rule rule : Rule.values()) {
        codes.add(rule.code());
      }
      Optional<String> close = Spelling.closest(codes, code, 3);
      throw new IllegalArgumentException("no rule has the code " + code
          + close.map(c -> "; did you mean " + c + "?").orElse(""));
    }

    /** Whether a rule's class overrides one of the interface's methods that do nothing. */
    private static boolean overrides(ContractRule rule, String method, Class<?> parameter) {
      try {
        return rule.getClass().getMethod(method, parameter).getDeclaringClass() != ContractRule.class;
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
