package io.github.clsante.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.clsante.model.Carrier;
import io.github.clsante.model.Contract;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Signatory;
import io.github.clsante.model.party.Party;
import io.github.clsante.model.party.PartyKind;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules on parties and signatures (format 1.1) where a fixture cannot show them: a code outside the
 * list is never silent, an unreadable value decides nothing, a contract whose status is not stated gets
 * no rule of signed contracts, and repeated or missing signature lines are each reported once.
 */
class PartiesAndSignaturesTest {

  /**
   * A signed contract in format 1.1 signed by the ARS and a communauté de communes, clean: the passing
   * fixture of CLS-CONTRACT-SIGNATORY-TWICE.
   */
  private static final java.nio.file.Path CLEAN =
      RuleFixturesTest.RULES.resolve("CLS-CONTRACT-SIGNATORY-TWICE").resolve("passes.json");

  /** The clean contract with the second party's kind member replaced by {@code party}, and {@code more} members. */
  private static String contract(String party, String more) {
    try {
      return java.nio.file.Files.readString(CLEAN, StandardCharsets.UTF_8)
          .replace("\"kind\": \"communaute_de_communes\"", party)
          .replace("\"signatureDate\": \"2021-06-15\",", "\"signatureDate\": \"2021-06-15\"," + more);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> findings(String party, String more) {
    return ContractValidator.standard().validate(contract(party, more).getBytes(StandardCharsets.UTF_8)).findings()
        .stream().map(f -> f.code() + " " + f.severity().code() + " " + f.pointer() + " " + f.params())
        .collect(Collectors.toList());
  }

  @Test
  void the_fixture_is_clean() {
    assertThat(findings("\"kind\":\"communaute_de_communes\"", "")).isEmpty();
  }

  @Test
  void a_misspelt_kind_is_reported_with_its_fix_whether_or_not_the_local_authority_check_passes() {
    String typo = "\"kind\":\"communaute_de_commune\"";
    String info = "CLS-CODE-NOT-LISTED info /parties/1/kind {code=communaute_de_commune, problem=party_kind, "
        + "suggestion=communaute_de_communes, suggestionLabel=Communauté de communes}";

    assertThat(findings(typo, "")).containsExactly(info,
        "CLS-CONTRACT-SIGNATORIES error /signatories {missing=local_authority}");
    // As the carrier, it is presumed the carrying authority: the check passes, the typo is still reported.
    assertThat(findings(typo, "\"carriers\":[{\"party\":{\"partyId\":\"cc\"}}],")).containsExactly(info);
    // A category says what the kind does not: the check passes, the typo is still reported.
    assertThat(findings(typo + ",\"category\":\"local_authority\"", "")).containsExactly(info);
  }

  @Test
  void an_unreadable_category_or_completeness_decides_nothing() {
    assertThat(findings("\"kind\":\"syndicat_mixte\",\"category\":12", ""))
        .extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly("CLS-JSON-WRONG-TYPE");
    assertThat(findings("\"kind\":\"cpam\"", "\"carriers\":[{\"party\":{\"partyId\":\"cc\"}}],\"signatoriesComplete\":\"non\","))
        .extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly("CLS-JSON-WRONG-TYPE");
    assertThat(findings("\"kind\":\"cpam\"", "\"carriers\":[{\"party\":{\"partyId\":\"cc\"}}],"))
        .extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly("CLS-CONTRACT-SIGNATORIES");
  }

  @Test
  void a_date_as_written_with_its_year_leaves_the_warning_with_the_date_to_copy() {
    for (String written : new String[] {"le 24 avril 2018", "24/04/18"}) {
      String json = contract("\"kind\": \"commune\"", "").replace("\"signatureDate\": \"2021-06-15\",",
          "\"signatureDateAsWritten\": \"" + written + "\",");
      assertThat(ContractValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8)).findings())
          .singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CLS-CONTRACT-SIGNATURE-DATE-MISSING");
            assertThat(f.params()).containsExactly(Map.entry("asWritten", written));
          });
    }
  }

  @Test
  void a_contract_whose_status_is_not_stated_gets_no_rule_of_signed_contracts() {
    Contract contract = Contract.builder().id("cls").leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().name("Blaisois").build())
        .addParty(Party.builder().id("cc").name("CC du Blaisois").kind(PartyKind.COMMUNAUTE_DE_COMMUNES).build())
        .addParty(Party.builder().id("cpam").name("CPAM").kind(PartyKind.CPAM).build())
        .addCarrier(Carrier.builder().party(PartyRef.to("cc")).build())
        .addSignatory(Signatory.builder().party(PartyRef.to("cpam")).build())
        .build();

    assertThat(ContractValidator.standard().validate(contract).findings()).isEmpty();
    assertThat(ContractValidator.standard().validate(contract.withStatus(io.github.clsante.model.ContractStatus.SIGNED)
        .withSignatureDate(PartialDate.of(2021, 6, 15))).findings())
        .extracting(f -> f.code() + " " + f.pointer())
        .containsExactly("CLS-CONTRACT-NO-SHEETS ", "CLS-CONTRACT-CARRIER-NOT-SIGNATORY /carriers/0",
            "CLS-CONTRACT-SIGNATORIES /signatories");
  }

  @Test
  void every_open_list_has_its_message_in_french_and_english_with_the_same_placeholders() throws java.io.IOException {
    List<String> lists = List.of("party_kind", "identifier_scheme", "territory_kind", "scheme_kind",
        "governance_body_kind", "fund_kind", "target_public", "indicator_type", "health_determinant");
    java.util.Properties english = IdentifierMessagesTest.messages("en");
    java.util.Properties french = IdentifierMessagesTest.messages("fr");
    for (java.util.Properties messages : List.of(english, french)) {
      assertThat(messages.stringPropertyNames().stream().filter(key -> key.startsWith("CLS-CODE-NOT-LISTED."))
          .map(key -> key.substring("CLS-CODE-NOT-LISTED.".length()))).containsExactlyInAnyOrderElementsOf(lists);
    }
    for (String list : lists) {
      String key = "CLS-CODE-NOT-LISTED." + list;
      assertThat(RulesCatalogueTest.placeholders(french.getProperty(key))).as(key)
          .isEqualTo(RulesCatalogueTest.placeholders(english.getProperty(key)))
          .isEqualTo(RulesCatalogueTest.placeholders(Rule.CODE_NOT_LISTED.messageTemplate(java.util.Locale.ENGLISH)));
    }
  }

  private static final List<String> POOL = List.of("ars", "cc", "commune", "departement");

  @Test
  void each_repeated_signature_line_and_each_carrier_that_does_not_sign_is_reported_once() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 2 * POOL.size() - 1)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, POOL.size() - 1)).ofSizeBetween(0, 3))
        .checkAssert((lines, carriers) -> {
          Contract.Builder builder = Contract.builder().id("cls").leadArs(Region.CENTRE_VAL_DE_LOIRE)
              .status(io.github.clsante.model.ContractStatus.SIGNED).signatureDate(PartialDate.of(2021, 6, 15))
              .territory(Territory.builder().name("Blaisois").build());
          builder.addParty(Party.builder().id("ars").name("ARS").kind(PartyKind.ARS).build());
          builder.addParty(Party.builder().id("cc").name("CC").kind(PartyKind.EPCI).build());
          builder.addParty(Party.builder().id("commune").name("Ville").kind(PartyKind.COMMUNE).build());
          builder.addParty(Party.builder().id("departement").name("Département").kind(PartyKind.DEPARTEMENT).build());
          Map<String, Integer> first = new HashMap<>();
          List<String> twice = new ArrayList<>();
          Set<String> signing = new LinkedHashSet<>();
          for (int i = 0; i < lines.size(); i++) {
            String party = POOL.get(lines.get(i) % POOL.size());
            boolean unit = lines.get(i) >= POOL.size();
            PartyRef ref = unit ? PartyRef.builder().partyId(party).unit("service santé").build() : PartyRef.to(party);
            builder.addSignatory(Signatory.builder().party(ref).build());
            signing.add(party);
            Integer previous = first.putIfAbsent(party + unit, i);
            if (previous != null) {
              twice.add("CLS-CONTRACT-SIGNATORY-TWICE /signatories/" + i + " first=" + (previous + 1));
            }
          }
          List<String> notSigning = new ArrayList<>();
          for (int i = 0; i < carriers.size(); i++) {
            builder.addCarrier(Carrier.builder().party(PartyRef.to(POOL.get(carriers.get(i)))).build());
            if (!signing.contains(POOL.get(carriers.get(i)))) {
              notSigning.add("CLS-CONTRACT-CARRIER-NOT-SIGNATORY /carriers/" + i + " first=null");
            }
          }

          List<String> found = ContractValidator.standard().validate(builder.build()).findings().stream()
              .filter(f -> f.code().equals("CLS-CONTRACT-SIGNATORY-TWICE") || f.code().equals("CLS-CONTRACT-CARRIER-NOT-SIGNATORY"))
              .map(f -> f.code() + " " + f.pointer() + " first=" + f.params().get("first"))
              .collect(Collectors.toList());

          assertThat(found).containsExactlyInAnyOrderElementsOf(concat(twice, notSigning));
        });
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
