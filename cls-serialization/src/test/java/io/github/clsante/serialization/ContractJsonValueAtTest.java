package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.Axis;
import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.party.PartyRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ContractJson#valueAt}: a finding's pointer turned back into what it designates, member by
 * member and element by element, and nothing where the document has nothing.
 */
class ContractJsonValueAtTest {

  private static final Contract CONTRACT = ContractJson.reader().read("{\"formatVersion\":\"1.1\",\"id\":\"cls-va\","
      + "\"status\":\"signed\",\"leadArs\":\"24\",\"territory\":{\"name\":\"Pays\"},"
      + "\"parties\":[{\"id\":\"cc\",\"name\":\"CC\",\"kind\":\"communaute_de_communes\"}],"
      + "\"axes\":[{\"id\":\"axe-1\",\"title\":\"Accès\",\"actionSheets\":["
      + "{\"id\":\"fa-1\",\"title\":\"Première\",\"pilots\":[{\"partyId\":\"cc\"}]},"
      + "{\"id\":\"fa-2\",\"title\":\"Deuxième\"}]},"
      + "{\"id\":\"axe-2\",\"title\":\"Prévention\"}]}").contract().orElseThrow();

  @Test
  void the_empty_pointer_is_the_contract_itself() {
    assertThat(ContractJson.valueAt(CONTRACT, "")).containsSame(CONTRACT);
  }

  @Test
  void members_and_elements_lead_to_the_model_objects_and_values() {
    Axis first = CONTRACT.axes().get(0);
    ActionSheet second = first.actionSheets().get(1);

    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0")).containsSame(first);
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/1/title")).contains("Prévention");
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/actionSheets/1")).containsSame(second);
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/actionSheets/1/title")).contains("Deuxième");
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/actionSheets/0/pilots/0")).contains(PartyRef.to("cc"));
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/actionSheets/0/pilots/0/partyId")).contains("cc");
    assertThat(ContractJson.valueAt(CONTRACT, "/status")).contains(ContractStatus.SIGNED);
    assertThat(ContractJson.valueAt(CONTRACT, "/territory/name")).contains("Pays");
  }

  @Test
  void a_list_member_without_an_index_is_the_whole_list() {
    assertThat(ContractJson.valueAt(CONTRACT, "/axes")).contains(CONTRACT.axes());
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/actionSheets")).contains(CONTRACT.axes().get(0).actionSheets());
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/1/actionSheets")).contains(List.of());
  }

  @Test
  void an_index_past_the_end_or_not_written_as_an_array_index_designates_nothing() {
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/2")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/actionSheets/2/title")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/01")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/-")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/-1")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/first")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/9999999999")).isEmpty();
  }

  @Test
  void an_absent_or_unknown_member_and_a_place_inside_a_value_designate_nothing() {
    assertThat(ContractJson.valueAt(CONTRACT, "/period")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/period/start")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/colour")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/axes/0/colour")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/territory/name/0")).isEmpty();
    assertThat(ContractJson.valueAt(CONTRACT, "/status/code")).isEmpty();
  }

  @Test
  void a_text_that_is_not_a_json_pointer_is_refused() {
    assertThatThrownBy(() -> ContractJson.valueAt(CONTRACT, "axes/0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
