package io.github.clsante.validation;

import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import java.util.Map;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * A rule of one's own (règle propre), added to a validator beside the standard {@link Rule}s: an
 * ARS's regional rule, a team's house rule. It declares the codes it reports, each with its severity,
 * gives their French and English messages, and checks contracts in Java code ({@link
 * #check(RuleContext)}), through Jakarta Validation constraints on the model's types ({@link
 * #constrain(ConstraintMapping)}), or both. A validator built with it ({@link
 * ContractValidator#builder()}) reports its findings in the same report as the standard ones, located
 * the same way, and can disable its codes or change their severity as it does the standard ones'.
 *
 * <p>Codes are upper-case words joined by dashes, not beginning with {@code CLS-} (the SDK's), and
 * named after the rule's owner ({@code ARS-BRE-…}). Messages come from a {@link MessageCatalog}, a
 * pair of properties files {@code <name>_fr.properties} and {@code <name>_en.properties} with the same
 * placeholders, one template per code, filled with the finding's parameters. A rule is shared by every
 * validation of its validator, possibly at once: keep it free of state.
 *
 * <pre>{@code
 * public final class PrsRule implements ContractRule {
 *   private static final MessageCatalog MESSAGES =
 *       new MessageCatalog(name -> PrsRule.class.getResourceAsStream(name), "prs");
 *
 *   public Map<String, Severity> codes() {
 *     return Map.of("ARS-BRE-PRS", Severity.WARNING);
 *   }
 *
 *   public MessageCatalog messages() {
 *     return MESSAGES;   // prs_fr.properties: ARS-BRE-PRS=Le contrat ne cite pas le PRS 2023-2028.
 *   }
 *
 *   public void check(RuleContext context) {
 *     if (context.contract().prs().isEmpty()) {
 *       context.report("ARS-BRE-PRS", "");
 *     }
 *   }
 *
 *   public void constrain(ConstraintMapping mapping) {   // Hibernate Validator's programmatic mapping
 *     mapping.type(ActionSheet.class).getter("title")
 *         .constraint(new SizeDef().max(150).message("ARS-BRE-TITLE-LENGTH"));   // declared in codes() too
 *   }
 * }
 * }</pre>
 */
public interface ContractRule {

  /**
   * Returns the codes this rule reports, each with the severity of its findings (which a validator's
   * configuration may change).
   *
   * @return the codes and their severities, at least one
   */
  Map<String, Severity> codes();

  /**
   * Returns the French and English messages of this rule's codes: a template for each, with the
   * placeholders of its findings' parameters.
   *
   * @return the messages
   */
  MessageCatalog messages();

  /**
   * Checks a contract: reads it and the indexes the validation made of it, and reports what is wrong
   * ({@link RuleContext#report(String, String, String...)}). Called once per validation, after the
   * standard rules, in the same report; does nothing unless overridden.
   *
   * @param context the contract and its indexes
   */
  default void check(RuleContext context) {}

  /**
   * Maps Jakarta Validation constraints onto the model's types, with Hibernate Validator's
   * programmatic API ({@code mapping.type(ActionSheet.class).getter("title").constraint(new
   * SizeDef().max(150).message("ARS-…"))}): built-in constraints ({@code SizeDef}, {@code
   * PatternDef}, {@code NotBlankDef}, {@code PastOrPresentDef}…) or one's own ({@code
   * GenericConstraintDef}). The model's accessors are the properties ({@code title}, not {@code
   * getTitle}). Each constraint's message is the code of its finding, one this rule declares; its
   * finding points at the value refused and has as parameters the constraint's attributes ({@code
   * max}…; the limit of {@code @Min}, {@code @Max} and their decimal kin, their {@code value}, as {@code
   * limit}) and the value ({@code value}: a text, number, yes or no, or date as written, a code list's
   * wire code, an amount in euros without its sign, {@code 1500.50}, which a message formats with
   * {@code {value,money}}). The elements of a list or an optional are constrained with {@code
   * getter("specificObjectives").containerElementType().constraint(…)}: each element refused is a
   * finding at its own pointer. Every object of the contract is checked in its place: a constraint
   * needs no cascade ({@code valid()}) to reach nested objects, and one would report them twice. Each
   * rule's constraints are checked by a Hibernate Validator engine of their own, so two rules may
   * constrain the same type; within one rule, map each type once (Hibernate Validator refuses a
   * second {@code mapping.type} of a type). Called once, when the validator is built; does nothing
   * unless overridden.
   *
   * @param mapping the constraint mapping
   */
  default void constrain(ConstraintMapping mapping) {}
}
