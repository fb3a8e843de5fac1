package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clsante.model.ActionSheet;
import io.github.clsante.model.CitizenParticipation;
import io.github.clsante.model.Contract;
import io.github.clsante.model.Coordinator;
import io.github.clsante.model.Diagnostic;
import io.github.clsante.model.ParticipationLevel;
import io.github.clsante.model.PartialDate;
import io.github.clsante.model.PrsReference;
import io.github.clsante.model.party.Contact;
import io.github.clsante.model.party.PartyRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The objects a contract holds once, read member by member from {@code valid/rich.json} into the
 * model: the coordinator and the contact, the diagnostic, the regional health project, a sheet's
 * citizen participation. Each value is the one the file writes.
 */
class RichDocumentReadTest {

  private static final Contract RICH = ContractJson.reader()
      .read(Path.of("src/test/resources/io/github/clsante/serialization/valid/rich.json")).contract().orElseThrow();

  @Test
  void every_reference_to_a_party_holds_the_parties_own_id_instance() {
    // One String per party id within a read: the rules then look references up without hashing or
    // comparing a copy of each id (equal ids, the same instance).
    Map<String, String> ids = new HashMap<>();
    RICH.parties().forEach(party -> ids.put(party.id(), party.id()));
    List<PartyRef> refs = new ArrayList<>(RICH.coordinator().orElseThrow().fundedBy());
    RICH.allActionSheets().forEach(sheet -> {
      refs.addAll(sheet.pilots());
      refs.addAll(sheet.partners());
    });
    RICH.signatories().forEach(signatory -> refs.add(signatory.party()));

    assertThat(refs).hasSizeGreaterThan(5);
    assertThat(refs).allSatisfy(ref -> assertThat(ref.partyId()).isSameAs(ids.get(ref.partyId())));
  }

  @Test
  void the_coordinator_and_the_contact_are_read_with_every_member() {
    Coordinator coordinator = RICH.coordinator().orElseThrow();

    assertThat(coordinator.jobTitle()).contains("Coordinatrice CLS");
    assertThat(coordinator.employer()).contains(PartyRef.to("cc"));
    assertThat(coordinator.fundedBy()).containsExactly(PartyRef.to("ars"), PartyRef.to("cc"));
    Contact contact = coordinator.contact().orElseThrow();
    assertThat(contact.emails()).containsExactly("cls@example.org");
    assertThat(contact.phones()).containsExactly("02 00 00 00 00");
  }

  @Test
  void the_diagnostic_is_read_with_every_member() {
    Diagnostic diagnostic = RICH.diagnostic().orElseThrow();

    assertThat(diagnostic.producer()).contains(PartyRef.to("ars"));
    assertThat(diagnostic.date()).contains(PartialDate.ofYear(2021));
    assertThat(diagnostic.quantitative()).contains(true);
    assertThat(diagnostic.qualitative()).contains(false);
    assertThat(diagnostic.findings()).containsExactly("différentiel de mortalité par cancer de +22% pour les hommes");
  }

  @Test
  void the_regional_health_project_is_read_with_every_member() {
    PrsReference prs = RICH.prs().orElseThrow();

    assertThat(prs.title()).contains("Projet régional de santé");
    assertThat(prs.generation()).contains(2);
  }

  @Test
  void a_sheets_citizen_participation_is_read_with_every_member() {
    ActionSheet sheet = RICH.axes().get(0).actionSheets().get(0);
    CitizenParticipation participation = sheet.citizenParticipation().orElseThrow();

    assertThat(sheet.id()).isEqualTo("fa-2");
    assertThat(participation.level()).isEqualTo(ParticipationLevel.CONSULTATION);
    assertThat(participation.detail()).contains("questionnaire");
  }

  @Test
  void what_the_file_does_not_write_is_absent_or_empty() {
    assertThat(RICH.coordinator().orElseThrow().name()).isEmpty();
    assertThat(RICH.diagnostic().orElseThrow().methods()).isEqualTo(List.of());
    assertThat(RICH.prs().orElseThrow().period()).isEmpty();
  }
}
