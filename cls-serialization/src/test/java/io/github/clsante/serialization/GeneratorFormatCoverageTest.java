package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import io.github.clsante.serialization.internal.Shapes;
import io.github.clsante.serialization.internal.ValueShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract generators of cls-testing, valid and rule-breaking ones half and half as the format's
 * properties draw them ({@link FormatContracts}), keep up with the format: over a fixed number of
 * generated contracts, every member that {@code ContractFormat} declares for the current version is
 * written at least once and left out at least once (but required members), every code of every closed
 * list and every well-known code of every open list comes up, and amounts in euros come with no, one
 * and two decimals and at both bounds. A member added to the format and forgotten by the generator
 * fails here, rather than going untested by every property.
 */
class GeneratorFormatCoverageTest {

  /** Contracts drawn: enough for the deepest member (a sub-action's territory's commune) many times. */
  private static final int SAMPLES = 400;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** By object and member ({@code ActionSheet.label}): how many objects had it, how many did not. */
  private static final Map<String, int[]> MEMBERS = new HashMap<>();
  /** By code list shape: the codes written. */
  private static final IdentityHashMap<ValueShape<?>, Set<String>> CODES = new IdentityHashMap<>();
  /** By code list shape: the name of the member it was first met at, for messages. */
  private static final IdentityHashMap<ValueShape<?>, String> CODE_MEMBERS = new IdentityHashMap<>();
  /** The numbers of decimals of the amounts in euros written, and whether the bounds came up. */
  private static final Set<Integer> EURO_DECIMALS = new TreeSet<>();
  private static final Set<BigDecimal> EURO_BOUNDS = new TreeSet<>();
  private static final BigDecimal MAX_EUROS = new BigDecimal("9999999999999.99");

  @BeforeAll
  static void generate() {
    qt().withExamples(SAMPLES).forAll(FormatContracts.small()).checkAssert(contract ->
        FormatTree.walk(MAPPER.readTree(ContractJson.toCanonicalString(contract)), ContractFormat.CONTRACT, "",
            (object, shape, pointer) -> {
              for (Field<?, ?> field : shape.fieldList(Shapes.CURRENT_MINOR)) {
                int[] counts = MEMBERS.computeIfAbsent(shape.name() + "." + field.name(), k -> new int[2]);
                JsonNode value = object.get(field.name());
                counts[value == null ? 1 : 0]++;
                if (value != null) {
                  record(field, value);
                }
              }
            }));
  }

  private static void record(Field<?, ?> field, JsonNode value) {
    List<JsonNode> values = new ArrayList<>();
    if (field.kind() == Field.Kind.LIST) {
      value.values().forEach(values::add);
    } else {
      values.add(value);
    }
    for (JsonNode element : values) {
      if (codes(field.shape()) != null && element.isString()) {
        CODES.computeIfAbsent(field.shape(), k -> new TreeSet<>()).add(element.stringValue());
        CODE_MEMBERS.putIfAbsent(field.shape(), field.name());
      }
      if ((Object) field.shape() == Shapes.EUROS) {
        BigDecimal euros = element.decimalValue();
        EURO_DECIMALS.add(Math.max(0, euros.stripTrailingZeros().scale()));
        if (euros.abs().compareTo(MAX_EUROS) == 0) {
          EURO_BOUNDS.add(euros);
        }
      }
    }
  }

  /** The codes a code list shape names in the schema: all of a closed list, the well-known of an open one. */
  @SuppressWarnings("unchecked")
  private static List<String> codes(ValueShape<?> shape) {
    Map<String, Object> schema = shape.schema();
    return (List<String>) (schema.containsKey("enum") ? schema.get("enum") : schema.get("examples"));
  }

  @Test
  void every_object_of_the_format_is_generated() {
    Set<String> objects = new LinkedHashSet<>();
    MEMBERS.keySet().forEach(member -> objects.add(member.substring(0, member.indexOf('.'))));

    assertThat(objects).containsExactlyInAnyOrderElementsOf(
        ContractFormat.ALL.stream().map(ObjectShape::name).toList());
  }

  @Test
  void every_member_of_the_current_version_is_sometimes_written_and_sometimes_left_out() {
    List<String> neverWritten = new ArrayList<>();
    List<String> neverLeftOut = new ArrayList<>();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      for (Field<?, ?> field : shape.fieldList(Shapes.CURRENT_MINOR)) {
        int[] counts = MEMBERS.getOrDefault(shape.name() + "." + field.name(), new int[2]);
        if (counts[0] == 0) {
          neverWritten.add(shape.name() + "." + field.name());
        }
        if (counts[1] == 0 && field.kind() != Field.Kind.REQUIRED) {
          neverLeftOut.add(shape.name() + "." + field.name());
        }
      }
    }

    assertThat(neverWritten).as("members the generator never writes in %d contracts", SAMPLES).isEmpty();
    assertThat(neverLeftOut).as("optional members the generator always writes").isEmpty();
  }

  @Test
  void the_members_of_format_1_1_are_among_those_checked() {
    // The check above walks the declaration; this pins that it does see what 1.1 added, so that an
    // empty walk cannot pass it.
    assertThat(MEMBERS.keySet()).contains("Contract.kind", "Contract.documentVersion", "DocumentVersion.label",
        "DocumentVersion.date", "DocumentVersion.draft", "Contract.signaturePlace", "Contract.signatureDateAsWritten",
        "Contract.signaturePrintedBlank", "Contract.signatoriesComplete", "Contract.announcedAxisCount",
        "Contract.announcedActionSheetCount", "Contract.announcedActionSheetCountAtLeast",
        "Contract.actionSheetsComplete", "Contract.actionSheetsAnnexed", "Contract.successorContract",
        "Contract.evaluation", "Contract.formerLeadArs", "ActionSheet.label", "Party.category", "Contract.status",
        "Signatory.role", "Contract.sheetNumbering", "ActionSheet.budget", "Funding.amount",
        "BudgetLine.plannedAmount", "BudgetLine.actualAmount")
        .doesNotContain("ActionSheet.budgetCents", "Funding.amountCents", "BudgetLine.plannedAmountCents",
            "BudgetLine.actualAmountCents");
  }

  @Test
  void every_code_of_every_code_list_is_generated() {
    Set<ValueShape<?>> lists = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> missing = new ArrayList<>();
    for (ObjectShape<?, ?> shape : ContractFormat.ALL) {
      for (Field<?, ?> field : shape.fieldList(Shapes.CURRENT_MINOR)) {
        List<String> codes = codes(field.shape());
        if (codes != null && lists.add(field.shape())) {
          Set<String> generated = CODES.getOrDefault(field.shape(), Set.of());
          codes.stream().filter(code -> !generated.contains(code))
              .forEach(code -> missing.add(shape.name() + "." + field.name() + ": " + code));
        }
      }
    }

    assertThat(missing).as("codes never generated").isEmpty();
    // Closed and open lists: one shape each (PartyKind's is shared by no other list).
    assertThat(lists).hasSize(ContractFormat.CLOSED_LISTS.size() + ContractFormat.OPEN_LISTS.size());
    assertThat(CODE_MEMBERS.values()).contains("kind", "formerLeadArs", "category");
  }

  @Test
  void amounts_in_euros_come_with_no_one_and_two_decimals_and_at_both_bounds() {
    assertThat(EURO_DECIMALS).containsExactly(0, 1, 2);
    assertThat(EURO_BOUNDS).containsExactly(MAX_EUROS.negate(), MAX_EUROS);
  }
}
