package io.github.clsante.serialization.internal;

import static io.github.clsante.serialization.internal.Field.list;
import static io.github.clsante.serialization.internal.Field.optional;
import static io.github.clsante.serialization.internal.Field.required;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.Axis;
import io.github.clsante.model.BudgetLine;
import io.github.clsante.model.Contract;
import io.github.clsante.model.party.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One source of truth, checked: every attribute of every model value type is a member of the format
 * declaration ({@link ContractFormat}), or is excluded here with the reason it is not written. An
 * attribute added to the model without a declaration fails this test, where it would otherwise be
 * dropped silently on write.
 */
class FormatCoverageTest {

  /**
   * The accessors of model value types that the format does not write, by type, each with its reason:
   * values the model derives from attributes the format writes, and checks run at construction.
   */
  static final Map<Class<?>, Map<String, String>> EXCLUDED = Map.of(
      Contract.class, Map.of(
          "allActionSheets", "derived: every sheet of the axes, their objectives and the contract, in order; "
              + "written through axes and actionSheets",
          "partiesById", "derived: the parties by id, an index of the parties member"),
      Axis.class, Map.of(
          "allActionSheets", "derived: the sheets of the axis and of its objectives; written through "
              + "actionSheets and objectives"),
      Party.class, Map.of(
          "effectiveCategory", "derived: the category given, else the kind's; written through category and kind"),
      BudgetLine.class, Map.of(
          "normalize", "not an attribute: the check Immutables runs at construction (@Value.Check)"));

  @Test
  void every_attribute_of_every_model_type_is_declared_in_the_format_or_excluded_with_a_reason() {
    assertThat(forEveryModelType(FormatCoverageTest::problems)).isEmpty();
  }

  @Test
  void every_model_type_the_contract_reaches_has_one_declaration_and_every_declaration_a_model_type() {
    Set<String> types = new TreeSet<>();
    FormatCoverage.valueTypesReached(Contract.class).forEach(type -> types.add(type.getSimpleName()));
    Set<String> declared = new TreeSet<>();
    ContractFormat.ALL.forEach(shape -> declared.add(shape.name()));

    assertThat(declared).hasSameSizeAs(ContractFormat.ALL).isEqualTo(types);
    assertThat(EXCLUDED.keySet()).allSatisfy(type -> assertThat(types).contains(type.getSimpleName()));
  }

  /**
   * The validator turns the property path of a Jakarta constraint violation ({@code
   * axes[0].actionSheets[1].title}) into a JSON Pointer by these names: a member of the current
   * version that holds a model attribute must be named after it, or the validator must learn the mapping.
   */
  @Test
  void every_member_of_the_current_version_is_named_after_the_attribute_it_holds() {
    assertThat(forEveryModelType(FormatCoverageTest::misnamed)).isEmpty();
  }

  /** What a check finds on every model value type the contract reaches. */
  private static List<String> forEveryModelType(Function<Class<?>, List<String>> check) {
    List<String> found = new ArrayList<>();
    for (Class<?> type : FormatCoverage.valueTypesReached(Contract.class)) {
      found.addAll(check.apply(type));
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<String> misnamed(Class<T> type) {
    ObjectShape<T, ?> shape = (ObjectShape<T, ?>) shape(type);
    Set<String> current = new TreeSet<>();
    shape.fieldList(Shapes.CURRENT_MINOR).forEach(field -> current.add(field.name()));
    List<String> misnamed = new ArrayList<>();
    FormatCoverage.accessorsRead(type, shape).forEach((member, accessors) -> {
      if (current.contains(member) && !accessors.isEmpty() && !accessors.equals(Set.of(member))) {
        misnamed.add(type.getSimpleName() + "." + member + " holds " + accessors);
      }
    });
    return misnamed;
  }

  @Test
  void reports_exactly_the_attribute_a_declaration_misses() {
    ObjectShape<Memo, ImmutableMemo.Builder> memo = memo(List.of(title("title"), tags()));

    assertThat(FormatCoverage.problems(Memo.class, memo, Map.of("tagged", "derived from tags")))
        .containsExactly("Memo.author");
    assertThat(FormatCoverage.problems(Memo.class, memo, Map.of()))
        .containsExactly("Memo.author", "Memo.tagged");
  }

  @Test
  void finds_which_accessor_each_member_reads_whatever_the_member_is_called() {
    ObjectShape<Memo, ImmutableMemo.Builder> memo = memo(List.of(title("heading"), author("writtenBy"), tags()));

    assertThat(FormatCoverage.accessorsRead(Memo.class, memo)).containsExactly(
        Map.entry("heading", Set.of("title")), Map.entry("tags", Set.of("tags")),
        Map.entry("writtenBy", Set.of("author")));
    assertThat(FormatCoverage.problems(Memo.class, memo, Map.of("tagged", "derived from tags"))).isEmpty();
  }

  @Test
  void reports_an_exclusion_that_no_longer_holds() {
    ObjectShape<Memo, ImmutableMemo.Builder> memo = memo(List.of(title("title"), author("author"), tags()));
    Map<String, String> excluded = new LinkedHashMap<>();
    excluded.put("tagged", "derived from tags");
    excluded.put("author", "said to be derived");
    excluded.put("pages", "an accessor since removed");

    assertThat(FormatCoverage.problems(Memo.class, memo, excluded)).containsExactly(
        "Memo.author (excluded, but the format declares it)",
        "Memo.pages (excluded, but the type has no such accessor)");
  }

  /** A format declaration of the test's {@link Memo}, with the given members. */
  private static ObjectShape<Memo, ImmutableMemo.Builder> memo(List<Field<Memo, ImmutableMemo.Builder>> members) {
    return new ObjectShape<Memo, ImmutableMemo.Builder>("Memo", "A memo.", ImmutableMemo::builder,
        ImmutableMemo.Builder::build).fields(members);
  }

  private static Field<Memo, ImmutableMemo.Builder> title(String name) {
    return required(name, Shapes.STRING, Memo::title, ImmutableMemo.Builder::title, "The title.");
  }

  private static Field<Memo, ImmutableMemo.Builder> author(String name) {
    return optional(name, Shapes.STRING, Memo::author, ImmutableMemo.Builder::author, "The author.");
  }

  private static Field<Memo, ImmutableMemo.Builder> tags() {
    return list("tags", Shapes.STRING, Memo::tags, ImmutableMemo.Builder::addTags, "The tags.");
  }

  @SuppressWarnings("unchecked")
  private static <T> List<String> problems(Class<T> type) {
    return FormatCoverage.problems(type, (ObjectShape<T, ?>) shape(type), EXCLUDED.getOrDefault(type, Map.of()));
  }

  /** The declaration of a model type: the shape named after it, as the JSON Schema's definitions are. */
  private static ObjectShape<?, ?> shape(Class<?> type) {
    return ContractFormat.ALL.stream().filter(declared -> declared.name().equals(type.getSimpleName())).findFirst()
        .orElseThrow(() -> new AssertionError("no format declaration for " + type.getName()));
  }
}
