package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.serialization.internal.ContractFormat;
import io.github.clsante.serialization.internal.Field;
import io.github.clsante.serialization.internal.ObjectShape;
import io.github.clsante.serialization.internal.Shapes;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The public description of the format says what the declaration ({@code ContractFormat}) declares. */
class FormatObjectTest {

  @Test
  void every_object_of_the_declaration_is_described_in_its_order_with_its_members_of_the_current_version() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ContractFormat.ALL.size(); i++) {
      ObjectShape<?, ?> shape = ContractFormat.ALL.get(i);
      FormatObject object = FormatObject.all().get(i);
      List<String> members = new ArrayList<>();
      for (Field<?, ?> field : shape.fieldList(Shapes.CURRENT_MINOR)) {
        members.add(field.name());
      }
      names.add(shape.name());

      assertThat(object.name()).isEqualTo(shape.name());
      assertThat(object.description()).isEqualTo(shape.description());
      assertThat(object.members()).isEqualTo(members);
      assertThat(FormatObject.named(shape.name())).containsSame(object);
    }
    assertThat(FormatObject.all()).hasSameSizeAs(names);
  }

  @Test
  void each_object_has_a_constant_named_after_it() throws ReflectiveOperationException {
    List<FormatObject> constants = new ArrayList<>();
    for (java.lang.reflect.Field field : FormatObject.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == FormatObject.class) {
        FormatObject object = (FormatObject) field.get(null);
        assertThat(field.getName()).isEqualTo(object.name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        constants.add(object);
      }
    }

    assertThat(constants).containsExactlyInAnyOrderElementsOf(FormatObject.all());
  }

  @Test
  void a_member_name_is_checked_and_a_wrong_one_names_the_closest() {
    assertThat(FormatObject.ACTION_SHEET.member("pilots")).isEqualTo("pilots");
    assertThat(FormatObject.ACTION_SHEET.has("budget")).isTrue();

    assertThatThrownBy(() -> FormatObject.ACTION_SHEET.member("pilotes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ActionSheet has no member pilotes in format 1.1; did you mean pilots?");
    assertThatThrownBy(() -> FormatObject.ACTION_SHEET.member("budgetCents"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ActionSheet has no member budgetCents in format 1.1; format 1.0 named it so, format 1.1 writes budget");
    assertThatThrownBy(() -> FormatObject.PARTY.member("siren"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Party has no member siren in format 1.1");
    assertThat(FormatObject.ACTION_SHEET.has("budgetCents")).isFalse();
    assertThat(FormatObject.named("Fiche")).isEmpty();
  }

  @Test
  void a_member_says_the_object_it_holds_and_whether_it_is_a_list() {
    assertThat(FormatObject.CONTRACT.objectOf("axes")).containsSame(FormatObject.AXIS);
    assertThat(FormatObject.CONTRACT.isList("axes")).isTrue();
    assertThat(FormatObject.CONTRACT.objectOf("territory")).containsSame(FormatObject.TERRITORY);
    assertThat(FormatObject.CONTRACT.isList("territory")).isFalse();
    assertThat(FormatObject.ACTION_SHEET.objectOf("subActions")).containsSame(FormatObject.ACTION_SHEET);
    assertThat(FormatObject.PRS_REFERENCE.objectOf("period")).containsSame(FormatObject.PERIOD);
    assertThat(FormatObject.ACTION_SHEET.objectOf("title")).isEmpty();
    assertThat(FormatObject.TERRITORY.isList("departements")).isTrue();
    assertThatThrownBy(() -> FormatObject.CONTRACT.objectOf("axis")).isInstanceOf(IllegalArgumentException.class);
    assertThat(FormatObject.CITIZEN_PARTICIPATION).hasToString("CitizenParticipation");
  }
}
