package io.github.clsante.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.EuroAmount;
import io.github.clsante.model.Funding;
import io.github.clsante.model.Objective;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.Period;
import io.github.clsante.model.indicator.Indicator;
import io.github.clsante.model.party.PartyRef;
import io.github.clsante.model.territory.Region;
import io.github.clsante.model.territory.Territory;
import io.github.clsante.validation.ContractValidator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The completeness panel, on a contract whose answers are counted by hand. */
class CompletenessTest {

  private static final PartyRef PILOT = PartyRef.builder().partyId("agglo").build();
  private static final Indicator INDICATOR = Indicator.builder().id("i").name("Nombre d’ateliers").build();
  private static final Period SCHEDULE = Period.builder().start(PartialDate.ofYear(2024)).build();

  /**
   * Five sheets: 1 has everything; 2 a pilot only; 5 (under axis 2) a pilot, an indicator and a schedule;
   * 3 (under an objective of axis 2) a funding and a schedule; 4 (outside any axis) nothing. In the
   * contract's order: 1, 2, 5, 3, 4. Pilots: 1, 2, 5 (3 of 5, 60 %); indicators: 1, 5 (2, 40 %);
   * budget: 1 (an amount), 3 (a funding) (2, 40 %); schedule: 1, 5, 3 (3, 60 %).
   */
  static Contract contract() {
    ActionSheet complete = ActionSheet.builder().id("s1").number("1").title("Ateliers").addPilots(PILOT)
        .addIndicators(INDICATOR).budget(EuroAmount.ofEuros(1000)).schedule(SCHEDULE).build();
    ActionSheet pilotOnly = ActionSheet.builder().id("s2").number("2").title("Dépistage").addPilots(PILOT).build();
    ActionSheet funded = ActionSheet.builder().id("s3").number("3").title("Mobilité")
        .addFundings(Funding.builder().amount(EuroAmount.ofEuros(500)).build()).schedule(SCHEDULE).build();
    ActionSheet empty = ActionSheet.builder().id("s4").number("4").title("Hors axe").build();
    ActionSheet noBudget = ActionSheet.builder().id("s5").number("5").title("Logement").addPilots(PILOT)
        .addIndicators(INDICATOR).schedule(SCHEDULE).build();
    return Contract.builder().id("cls-test").title("Contrat compté à la main").leadArs(Region.CENTRE_VAL_DE_LOIRE)
        .territory(Territory.builder().name("Agglo").build())
        .addAxes(Axis.builder().id("a1").number("1").title("Prévention").addActionSheets(complete, pilotOnly).build())
        .addAxes(Axis.builder().id("a2").number("2").title("Cadre de vie").addActionSheets(noBudget)
            .addObjectives(Objective.builder().title("Bouger").addActionSheets(funded).build()).build())
        .addActionSheets(empty)
        .build();
  }

  @Test
  void counts_each_item_over_every_sheet_of_the_contract() {
    Completeness completeness = Completeness.of(contract());
    assertThat(completeness.sheets()).isEqualTo(5);
    assertThat(completeness.having(Completeness.Item.PILOTS)).isEqualTo(3);
    assertThat(completeness.having(Completeness.Item.INDICATORS)).isEqualTo(2);
    assertThat(completeness.having(Completeness.Item.BUDGET)).isEqualTo(2);
    assertThat(completeness.having(Completeness.Item.SCHEDULE)).isEqualTo(3);
    assertThat(completeness.percent(Completeness.Item.PILOTS)).isEqualTo(60);
    assertThat(completeness.incomplete()).extracting(Completeness.Incomplete::pointer).containsExactly(
        "/actionSheets/0", "/axes/0/actionSheets/1", "/axes/1/objectives/0/actionSheets/0", "/axes/1/actionSheets/0");
  }

  @Test
  void the_panel_shows_the_shares_and_names_the_sheets_to_fill_first_as_the_contract_prints_them() {
    Contract contract = contract();
    ReportedFile file = ReportedFile.of("compte.json", ContractValidator.standard().validate(contract))
        .withContract(contract);
    String html = Pages.page(Locale.FRENCH, file);
    Pages.assertValidHtml(html);
    Document page = Jsoup.parse(html);
    assertThat(words(page.select("table.completeness tbody tr").eachText())).containsExactly(
        "Pilote 60 % 3 sur 5", "Indicateur 40 % 2 sur 5", "Budget 40 % 2 sur 5", "Calendrier 60 % 3 sur 5");
    assertThat(page.select("table.completeness meter").eachAttr("value")).containsExactly("3", "2", "2", "3");
    assertThat(words(page.select("ol.next li").eachText())).containsExactly(
        "Fiche 4 « Hors axe » — il manque : un pilote, un indicateur, un budget et un calendrier",
        "Axe 1 › Fiche 2 « Dépistage » — il manque : un indicateur, un budget et un calendrier",
        "Axe 2 › Objectif 1 › Fiche 3 « Mobilité » — il manque : un pilote et un indicateur",
        "Axe 2 › Fiche 5 « Logement » — il manque : un budget");
    String english = Pages.page(Locale.ENGLISH, file);
    assertThat(Jsoup.parse(english).select("table.completeness tbody tr").eachText()).containsExactly(
        "Pilot 60% 3 of 5", "Indicator 40% 2 of 5", "Budget 40% 2 of 5", "Schedule 60% 3 of 5");
    assertThat(Jsoup.parse(english).select("ol.next li").eachText().get(3))
        .isEqualTo("Axis 2 › Sheet 5 \"Logement\" — missing: a budget");
  }

  /** The texts as a reader sees them, every space (no-break ones included) as a space. */
  static List<String> words(List<String> texts) {
    return texts.stream().map(SeedAndBrokenPagesTest::words).toList();
  }

  @Test
  void a_complete_contract_says_so_and_names_no_sheet() {
    Contract contract = contract();
    Contract complete = contract.withActionSheets(List.of()).withAxes(contract.axes().get(0)
        .withActionSheets(contract.axes().get(0).actionSheets().get(0)));
    Document page = Jsoup.parse(Pages.page(Locale.FRENCH, ReportedFile.of("c.json",
        ContractValidator.standard().validate(complete)).withContract(complete)));
    assertThat(words(page.select("table.completeness tbody tr").eachText())).allSatisfy(row -> assertThat(row)
        .endsWith("100 % 1 sur 1"));
    assertThat(page.select("ol.next")).isEmpty();
    assertThat(page.text()).contains("Toutes les fiches ont un pilote, un indicateur, un budget et un calendrier.");
  }
}
