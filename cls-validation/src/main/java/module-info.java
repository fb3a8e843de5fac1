/**
 * Validation of CLS contracts: the rule catalogue, on Jakarta Validation with Hibernate Validator,
 * and French and English reports.
 */
module io.github.clsante.validation {
  requires transitive io.github.clsante.model;
  requires transitive io.github.clsante.serialization;
  requires jakarta.validation;
  // A user's rule maps its Jakarta constraints with Hibernate Validator's programmatic API (ContractRule).
  requires transitive org.hibernate.validator;
  // The SDK quiets Hibernate Validator's start-up line through java.util.logging (Validators).
  requires java.logging;

  exports io.github.clsante.validation;

  // The messages and explanations of the rules.
  provides io.github.clsante.model.report.FindingMessagesProvider
      with io.github.clsante.validation.internal.RuleMessages;

  // Hibernate Validator instantiates the constraint validators reflectively.
  opens io.github.clsante.validation.internal to org.hibernate.validator;
}
