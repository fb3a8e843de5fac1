package io.github.clsante.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.JsonPointer;
import io.github.clsante.model.report.Report;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every generator of {@link ModelGenerators}, in both sets, draws values of its type, the same ones for
 * the same seed; the generators of code lists draw every code; the generators of the report vocabulary
 * draw pointers that parse back to their tokens and findings that make reports.
 */
class ModelGeneratorsTest {

  /** The generators, by name, of one set. */
  private static List<Method> generators() {
    List<Method> methods = new ArrayList<>();
    for (Method method : ModelGenerators.class.getMethods()) {
      if (method.getReturnType() == Gen.class && !Modifier.isStatic(method.getModifiers())) {
        methods.add(method);
      }
    }
    return methods;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> draw(ModelGenerators set, Method method, long seed, int count) {
    Gen<Object> gen;
    try {
      gen = (Gen<Object>) method.invoke(set);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(method.toString(), e);
    }
    List<Object> values = new ArrayList<>();
    Examples.of(count).qt().withFixedSeed(seed).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void there_is_a_generator_for_every_type_of_the_model() {
    Set<String> types = new HashSet<>();
    for (Method method : generators()) {
      types.add(((Class<?>) ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0])
          .getSimpleName());
    }
    assertThat(types).contains("Contract", "Axis", "Objective", "ActionSheet", "Party", "PartyRef", "Person",
        "Contact", "Identifier", "IdentifierScheme", "PartyKind", "PartyCategory", "Territory", "Commune", "Region",
        "FormerRegion", "TerritoryKind", "Period", "PartialDate", "EuroAmount", "Funding", "FundKind", "BudgetLine",
        "BudgetNature", "Indicator", "IndicatorValue", "IndicatorType", "MeasureKind", "Direction",
        "CollectionFrequency", "Signatory", "SignatoryRole", "Carrier", "Coordinator", "GovernanceBody",
        "GovernanceBodyKind", "Diagnostic", "PrsReference", "Amendment", "ContractReference", "DocumentVersion",
        "Document", "Milestone", "FollowUpNote", "SchemeLink", "SchemeKind", "CitizenParticipation",
        "ParticipationLevel", "LocalizedText", "TargetPublic", "HealthDeterminant", "ContractStatus", "ContractKind",
        "SheetStatus", "Priority", "SheetNumbering", "ObjectiveLevel", "Severity", "SourceLocation", "CellLocation",
        "Finding", "Report", "String", "Double");
  }

  @Test
  void every_generator_draws_values_the_same_for_the_same_seed() {
    // QuickTheories skips an example whose draws it made already: a few of the 40 may be skipped.
    assertThat(draw(ModelGenerators.valid(), method("actionSheets"), 5, 40)).hasSizeBetween(35, 40);
    for (ModelGenerators set : List.of(ModelGenerators.valid(), ModelGenerators.anythingGoes())) {
      for (Method method : generators()) {
        List<Object> values = draw(set, method, 5, 40);
        // QuickTheories runs each different value once: a code list of 2 codes gives 2 examples.
        assertThat(values).as(method.getName()).isNotEmpty().doesNotContainNull()
            .isEqualTo(draw(set, method, 5, 40));
      }
    }
  }

  @Test
  void code_lists_draw_every_code() {
    assertThat(new HashSet<>(draw(ModelGenerators.valid(), method("regions"), 1, 400)))
        .hasSameSizeAs(io.github.clsante.model.territory.Region.values());
    assertThat(new HashSet<>(draw(ModelGenerators.valid(), method("severities"), 1, 100)))
        .hasSameSizeAs(io.github.clsante.model.report.Severity.values());
    assertThat(new HashSet<>(draw(ModelGenerators.valid(), method("fundKinds"), 1, 400)))
        .containsAll(io.github.clsante.model.FundKind.knownValues())
        .anyMatch(code -> !((io.github.clsante.model.OpenCode) code).isKnown());
  }

  @Test
  void pointers_parse_back_and_findings_make_reports() {
    for (Object pointer : draw(ModelGenerators.anythingGoes(), method("jsonPointers"), 2, 300)) {
      String text = (String) pointer;
      String rebuilt = "";
      for (String token : JsonPointer.tokens(text)) {
        rebuilt = token.matches("[0-9]+") ? JsonPointer.append(rebuilt, Integer.parseInt(token))
            : JsonPointer.append(rebuilt, token);
      }
      assertThat(rebuilt).isEqualTo(text);
    }
    List<Object> reports = draw(ModelGenerators.valid(), method("reports"), 3, 100);
    assertThat(reports).anyMatch(report -> ((Report) report).findings().size() > 5)
        .anyMatch(report -> ((Report) report).findings().isEmpty());
    assertThat(draw(ModelGenerators.valid(), method("findings"), 3, 100))
        .anyMatch(finding -> ((Finding) finding).location().isPresent())
        .anyMatch(finding -> ((Finding) finding).cell().isPresent())
        .anyMatch(finding -> !((Finding) finding).params().isEmpty());
  }

  private static Method method(String name) {
    try {
      return ModelGenerators.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
