package io.github.clsante.examples;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Spelling;
import io.github.clsante.model.report.MessageCatalog;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.territory.Region;
import io.github.clsante.validation.ContractRule;
import io.github.clsante.validation.RuleContext;
import java.util.Map;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * A worked example of regional rules (règles régionales): two house rules an ARS could add to the
 * standard ones, here the ARS Centre-Val de Loire's, one in code and one as a Jakarta constraint.
 *
 * <ul>
 *   <li>{@value #MENTAL_HEALTH_PARTNER} (warning): in a contract the ARS Centre-Val de Loire leads,
 *       every sheet of an axis on mental health (« santé mentale » in its title) names at least one
 *       partner. Checked in code ({@link #check(RuleContext)}), over the sheets the validation indexed,
 *       each with its axis and pointer.
 *   <li>{@value #SHEET_TITLE_LONG} (information): a sheet's title is at most {@value #TITLE_MAX}
 *       characters. Checked by Hibernate Validator's built-in {@code @Size}, mapped on {@link
 *       ActionSheet#title()} ({@link #constrain(ConstraintMapping)}); a constraint applies to every
 *       contract validated.
 * </ul>
 *
 * <p>Their messages are in {@code cvl-rules_fr.properties} and {@code cvl-rules_en.properties}, beside
 * this class. The command line adds them with a configuration file naming this class ({@code "rules":
 * ["io.github.clsante.examples.CentreValDeLoireRules"]}).
 *
 * <pre>{@code
 * ContractValidator validator = ContractValidator.builder()
 *     .addRule(new CentreValDeLoireRules())
 *     .build();
 * }</pre>
 */
public final class CentreValDeLoireRules implements ContractRule {

  /** A sheet of a mental-health axis names no partner. */
  public static final String MENTAL_HEALTH_PARTNER = "ARS-CVL-MENTAL-HEALTH-PARTNER";
  /** A sheet's title is longer than {@value #TITLE_MAX} characters. */
  public static final String SHEET_TITLE_LONG = "ARS-CVL-SHEET-TITLE-LONG";
  /** The longest title of a sheet the ARS's follow-up tables take. */
  public static final int TITLE_MAX = 150;

  // The look-up runs here: resources are encapsulated in their module.
  private static final MessageCatalog MESSAGES =
      new MessageCatalog(name -> CentreValDeLoireRules.class.getResourceAsStream(name), "cvl-rules");

  /** Creates the rules; they hold no state, one instance serves every validation. */
  public CentreValDeLoireRules() {}

  @Override
  public Map<String, Severity> codes() {
    return Map.of(MENTAL_HEALTH_PARTNER, Severity.WARNING, SHEET_TITLE_LONG, Severity.INFO);
  }

  @Override
  public MessageCatalog messages() {
    return MESSAGES;
  }

  @Override
  public void check(RuleContext context) {
    if (context.contract().leadArs() != Region.CENTRE_VAL_DE_LOIRE) {
      return; // another ARS's contract: its own rules judge it
    }
    for (RuleContext.Sheet entry : context.sheets()) {
      ActionSheet sheet = entry.sheet();
      if (entry.axis().filter(CentreValDeLoireRules::onMentalHealth).isPresent() && sheet.partners().isEmpty()
          && context.intact(entry.pointer() + "/partners")) {
        context.report(MENTAL_HEALTH_PARTNER, entry.pointer(), "sheet", sheet.number().orElse(sheet.title()));
      }
    }
  }

  /** Whether an axis is about mental health: « santé mentale » in its title, in any case, with or without accents. */
  private static boolean onMentalHealth(Axis axis) {
    return Spelling.fold(axis.title()).contains("santementale");
  }

  @Override
  public void constrain(ConstraintMapping mapping) {
    mapping.type(ActionSheet.class).getter("title")
        .constraint(new SizeDef().max(TITLE_MAX).message(SHEET_TITLE_LONG));
  }
}
