package io.github.clsante.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.GovernanceBody;
import io.github.clsante.model.Objective;
import io.github.clsante.model.OpenCode;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyRef;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The contract generators keep their promises, checked on the model alone (the validator and the JSON
 * format check theirs in their own modules): the same contracts for the same seed, the sizes asked,
 * references of valid contracts that name what the contract has and unique ids, every optional member
 * of every type both set and left out, every code, and text with French typography, emoji and
 * right-to-left scripts.
 */
class ContractsTest {

  private static final int SAMPLES = 400;

  private static List<Contract> samples(ContractGenerator generator) {
    return LongStream.range(0, SAMPLES).mapToObj(generator::sample).collect(Collectors.toList());
  }

  @Test
  void the_same_seed_gives_the_same_contract_and_other_seeds_others() {
    Set<Contract> distinct = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      assertThat(Contracts.valid().sample(seed)).isEqualTo(Contracts.valid().sample(seed));
      assertThat(Contracts.anythingGoes().sample(seed)).isEqualTo(Contracts.anythingGoes().sample(seed));
      distinct.add(Contracts.valid().sample(seed));
    }
    assertThat(distinct).hasSizeGreaterThan(18);
  }

  @Test
  void a_fixed_quicktheories_seed_gives_the_same_contracts() {
    List<Contract> first = new ArrayList<>();
    List<Contract> second = new ArrayList<>();
    Examples.of(50).qt().withFixedSeed(42).forAll(Contracts.anythingGoes()).checkAssert(first::add);
    Examples.of(50).qt().withFixedSeed(42).forAll(Contracts.anythingGoes()).checkAssert(second::add);
    List<Contract> other = new ArrayList<>();
    Examples.of(50).qt().withFixedSeed(43).forAll(Contracts.anythingGoes()).checkAssert(other::add);

    // QuickTheories skips an example whose draws it made already: a few of the 50 may be skipped.
    assertThat(first).hasSizeBetween(45, 50).isEqualTo(second).isNotEqualTo(other);
  }

  @Test
  void contracts_have_the_sizes_asked() {
    ContractGenerator generator = Contracts.valid().withAxes(2, 2).withSheetsPerAxis(3, 3).withObjectivesPerAxis(1, 1)
        .withSheetsPerObjective(2, 2).withSheetsOutsideAxes(1, 1).withSubActionsPerSheet(0, 0)
        .withIndicatorsPerSheet(2, 2).withParties(4, 4);
    for (long seed = 0; seed < 30; seed++) {
      Contract contract = generator.sample(seed);
      assertThat(contract.axes()).hasSize(2).allSatisfy(axis -> {
        assertThat(axis.actionSheets()).hasSize(3);
        assertThat(axis.objectives()).hasSize(1);
        assertThat(axis.objectives().get(0).actionSheets()).hasSize(2);
      });
      assertThat(contract.actionSheets()).hasSize(1);
      assertThat(sheets(contract)).allSatisfy(sheet -> {
        assertThat(sheet.subActions()).isEmpty();
        assertThat(sheet.indicators()).hasSize(2);
      });
      assertThat(contract.parties()).hasSize(6); // the ARS and the carrying local authority besides
    }
    assertThat(Contracts.valid().withoutSheets().sample(3).allActionSheets()).isEmpty();
  }

  @Test
  void large_contracts_have_thousands_of_sheets() {
    int most = 0;
    for (long seed = 0; seed < 3; seed++) {
      int sheets = Contracts.valid().large().sample(seed).allActionSheets().size();
      assertThat(sheets).isGreaterThanOrEqualTo(400);
      most = Math.max(most, sheets);
    }
    assertThat(most).isGreaterThan(1000);
  }

  @Test
  void sizes_are_checked() {
    assertThatThrownBy(() -> Contracts.valid().withAxes(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count between 3 and 2: the least must be 0 or more and at most the greatest");
    assertThatThrownBy(() -> Contracts.valid().withParties(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Contracts.valid().breaksRules()).isFalse();
    assertThat(Contracts.anythingGoes().large().breaksRules()).isTrue();
  }

  @Test
  void a_valid_contract_names_only_what_it_has_and_its_ids_are_unique() {
    for (Contract contract : samples(Contracts.valid())) {
      Set<String> parties = contract.parties().stream().map(Party::id).collect(Collectors.toSet());
      List<ActionSheet> sheets = sheets(contract);
      Set<String> sheetIds = sheets.stream().map(ActionSheet::id).collect(Collectors.toSet());
      Set<String> bodies = contract.governanceBodies().stream().map(GovernanceBody::id).flatMap(Optional::stream)
          .collect(Collectors.toSet());
      List<String> ids = new ArrayList<>();
      Map<String, List<String>> references = new HashMap<>();
      ModelWalk.walk(contract, new ModelWalk.Visitor() {
        @Override
        public void member(Class<?> type, String member, Object value) {
          if (member.equals("id") && type != Contract.class) {
            (value instanceof Optional ? ((Optional<?>) value).stream() : java.util.stream.Stream.of(value))
                .forEach(id -> ids.add((String) id));
          }
          if (member.equals("linkedSheetIds") || member.equals("affectedSheetIds") || member.equals("governanceBodyIds")) {
            references.computeIfAbsent(member, k -> new ArrayList<>()).addAll(strings(value));
          }
          if (member.equals("parentId")) {
            references.computeIfAbsent(member, k -> new ArrayList<>()).addAll(strings(value));
          }
        }

        @Override
        public void value(Object value) {
          if (value instanceof PartyRef) {
            references.computeIfAbsent("partyId", k -> new ArrayList<>()).add(((PartyRef) value).partyId());
          }
        }
      });
      String id = contract.id();
      assertThat(references.getOrDefault("partyId", List.of())).as(id).isSubsetOf(parties);
      assertThat(references.getOrDefault("parentId", List.of())).as(id).isSubsetOf(parties);
      assertThat(references.getOrDefault("linkedSheetIds", List.of())).as(id).isSubsetOf(sheetIds);
      assertThat(references.getOrDefault("affectedSheetIds", List.of())).as(id).isSubsetOf(sheetIds);
      assertThat(references.getOrDefault("governanceBodyIds", List.of())).as(id).isSubsetOf(bodies);
      assertThat(ids).as(id).doesNotHaveDuplicates();
      assertThat(contract.parties()).as(id).anySatisfy(p -> assertThat(p.effectiveCategory())
          .contains(io.github.clsante.model.party.PartyCategory.HEALTH_AGENCY));
    }
  }

  @Test
  void anything_goes_contracts_break_references_and_ids_now_and_then() {
    int dangling = 0;
    int duplicated = 0;
    for (Contract contract : samples(Contracts.anythingGoes())) {
      Set<String> parties = contract.parties().stream().map(Party::id).collect(Collectors.toSet());
      List<String> ids = new ArrayList<>();
      contract.parties().forEach(p -> ids.add(p.id()));
      contract.axes().forEach(a -> ids.add(a.id()));
      sheets(contract).forEach(s -> ids.add(s.id()));
      if (ids.size() != new HashSet<>(ids).size()) {
        duplicated++;
      }
      if (sheets(contract).stream().flatMap(s -> s.pilots().stream()).anyMatch(ref -> !parties.contains(ref.partyId()))) {
        dangling++;
      }
    }
    assertThat(dangling).isGreaterThan(SAMPLES / 20);
    assertThat(duplicated).isGreaterThan(SAMPLES / 20);
  }

  @Test
  void every_optional_member_of_every_type_is_sometimes_set_and_sometimes_left_out() {
    // By type and member: how many times it was set (a value, a list or map not empty), and left out.
    Map<String, int[]> members = new TreeMap<>();
    List<Contract> contracts = new ArrayList<>(samples(Contracts.valid()));
    contracts.addAll(samples(Contracts.anythingGoes()));
    for (Contract contract : contracts) {
      ModelWalk.walk(contract, new ModelWalk.Visitor() {
        @Override
        public void member(Class<?> type, String member, Object value) {
          boolean set = value instanceof Optional ? ((Optional<?>) value).isPresent()
              : value instanceof Collection ? !((Collection<?>) value).isEmpty()
              : !(value instanceof Map) || !((Map<?, ?>) value).isEmpty();
          members.computeIfAbsent(type.getSimpleName() + "." + member, k -> new int[2])[set ? 0 : 1]++;
        }
      });
    }
    List<String> neverSet = new ArrayList<>();
    List<String> neverLeftOut = new ArrayList<>();
    Set<String> types = new TreeSet<>();
    for (Map.Entry<String, int[]> member : members.entrySet()) {
      types.add(member.getKey().substring(0, member.getKey().indexOf('.')));
      if (member.getValue()[0] == 0) {
        neverSet.add(member.getKey());
      }
      if (member.getValue()[1] == 0 && optional(member.getKey())) {
        neverLeftOut.add(member.getKey());
      }
    }

    assertThat(neverSet).as("members never set").isEmpty();
    assertThat(neverLeftOut).as("optional members always set").isEmpty();
    assertThat(types).contains("Contract", "Axis", "Objective", "ActionSheet", "Party", "PartyRef", "Person", "Contact",
        "Identifier", "Territory", "Commune", "Period", "Funding", "BudgetLine", "Indicator", "Baseline", "Target",
        "Measurement", "Signatory", "Carrier", "Coordinator", "GovernanceBody", "Diagnostic", "PrsReference", "Amendment",
        "ContractReference", "DocumentVersion", "Document", "Milestone", "FollowUpNote", "SchemeLink",
        "CitizenParticipation", "LocalizedText");
  }

  /** Whether a member is optional: any but the required ones, which are never empty. */
  private static boolean optional(String member) {
    return !Set.of("Contract.id", "Contract.leadArs", "Contract.territory", "Axis.id", "Axis.title", "ActionSheet.id",
        "ActionSheet.title", "Objective.title", "Party.id", "Party.name", "PartyRef.partyId", "Identifier.scheme",
        "Identifier.value", "Indicator.id", "Indicator.name", "Signatory.party", "Carrier.party", "GovernanceBody.kind",
        "SchemeLink.kind", "BudgetLine.nature", "CitizenParticipation.level", "LocalizedText.language",
        "LocalizedText.text", "Milestone.description", "Document.title", "FollowUpNote.text").contains(member);
  }

  @Test
  void every_code_of_every_list_comes_up() {
    Map<Class<?>, Set<Object>> seen = new HashMap<>();
    List<Contract> contracts = new ArrayList<>(samples(Contracts.valid()));
    contracts.addAll(samples(Contracts.anythingGoes()));
    for (Contract contract : contracts) {
      ModelWalk.walk(contract, new ModelWalk.Visitor() {
        @Override
        public void value(Object value) {
          if (value instanceof Enum || value instanceof OpenCode) {
            Class<?> type = value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
            seen.computeIfAbsent(type, k -> new HashSet<>()).add(value);
          }
        }
      });
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Class<?>, Set<Object>> list : seen.entrySet()) {
      for (Object code : codes(list.getKey())) {
        if (!list.getValue().contains(code)) {
          missing.add(list.getKey().getSimpleName() + "." + code);
        }
      }
      if (OpenCode.class.isAssignableFrom(list.getKey())) {
        assertThat(list.getValue()).as("codes of %s no list knows", list.getKey())
            .anyMatch(code -> !((OpenCode) code).isKnown());
      }
    }
    assertThat(missing).as("codes never drawn").isEmpty();
    assertThat(seen.keySet().stream().map(Class::getSimpleName)).contains("ContractStatus", "SheetStatus", "Region",
        "FormerRegion", "PartyCategory", "MeasureKind", "Direction", "PartyKind", "IdentifierScheme", "FundKind",
        "TargetPublic", "HealthDeterminant", "IndicatorType", "SchemeKind", "GovernanceBodyKind", "TerritoryKind",
        "BudgetNature", "SignatoryRole", "SheetNumbering", "ObjectiveLevel", "ParticipationLevel", "Priority",
        "CollectionFrequency", "ContractKind");
  }

  /** Every code of a closed list, or the well-known codes of an open one. */
  private static Collection<?> codes(Class<?> type) {
    try {
      if (type.isEnum()) {
        return List.of(type.getEnumConstants());
      }
      Method known = type.getMethod("knownValues");
      return (Collection<?>) known.invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(type.toString(), e);
    }
  }

  @Test
  void text_as_written_has_french_typography_emoji_and_right_to_left_scripts() {
    StringBuilder valid = new StringBuilder();
    for (Contract contract : samples(Contracts.valid())) {
      ModelWalk.walk(contract, strings(valid));
    }
    String text = valid.toString();
    assertThat(text).contains("’", "«\u00a0", "\u00a0»", "œ", "Œ", "\u202f", "\n", "e\u0301", "\u200f");
    assertThat(text.codePoints()).anyMatch(c -> c > 0xFFFF); // emoji and other supplementary characters
    assertThat(text.codePoints()).anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    assertThat(text.codePoints()).anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    // Text as written is what a spreadsheet cell holds: no control but the newline.
    assertThat(text.chars()).noneMatch(c -> c < 0x20 && c != '\n' || c == 0xFFFE || c == 0xFFFF);

    StringBuilder any = new StringBuilder();
    for (Contract contract : samples(Contracts.anythingGoes())) {
      ModelWalk.walk(contract, strings(any));
    }
    assertThat(any.toString()).contains("\u0000", "\u001f", "\r", "\u2028", "\ufeff", "\uffff", "\"", "\\");
    // Every surrogate is half of a pair.
    for (int i = 0; i < any.length(); i++) {
      char c = any.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(any.charAt(++i))).as("a high surrogate followed by a low one").isTrue();
      } else {
        assertThat(Character.isLowSurrogate(c)).as("a low surrogate alone").isFalse();
      }
    }
  }

  private static ModelWalk.Visitor strings(StringBuilder all) {
    return new ModelWalk.Visitor() {
      @Override
      public void value(Object value) {
        if (value instanceof String) {
          all.append((String) value).append('|');
        }
      }
    };
  }

  private static List<String> strings(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> List.of((String) v)).orElse(List.of());
    }
    return ((Collection<?>) value).stream().map(v -> (String) v).collect(Collectors.toList());
  }

  /** Every sheet and sub-action of a contract, in its axes, objectives and outside them. */
  static List<ActionSheet> sheets(Contract contract) {
    List<ActionSheet> sheets = new ArrayList<>();
    for (Axis axis : contract.axes()) {
      axis.actionSheets().forEach(sheet -> sheet(sheet, sheets));
      axis.objectives().forEach(objective -> objective(objective, sheets));
    }
    contract.actionSheets().forEach(sheet -> sheet(sheet, sheets));
    return sheets;
  }

  private static void objective(Objective objective, List<ActionSheet> sheets) {
    objective.actionSheets().forEach(sheet -> sheet(sheet, sheets));
    objective.objectives().forEach(inner -> objective(inner, sheets));
  }

  private static void sheet(ActionSheet sheet, List<ActionSheet> sheets) {
    sheets.add(sheet);
    sheet.subActions().forEach(sub -> sheet(sub, sheets));
  }
}
