package io.github.clsante.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clsante.model.Contract;
import io.github.clsante.model.ContractStatus;
import io.github.clsante.model.report.Finding;
import io.github.clsante.model.report.FindingMessages;
import io.github.clsante.model.report.Severity;
import io.github.clsante.model.report.SourceLocation;
import io.github.clsante.model.territory.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderTest {

  static final String MINIMAL =
      "{\"schemaVersion\":\"1.0\",\"id\":\"cls-test\",\"status\":\"signed\",\"leadArs\":\"24\",\"territory\":{}}";

  private static Finding only(ReadResult result) {
    assertThat(result.report().findings()).hasSize(1);
    return result.report().findings().get(0);
  }

  @Test
  void reads_a_minimal_contract_without_findings() {
    ReadResult result = ContractJson.reader().read(MINIMAL);

    assertThat(result.isValid()).isTrue();
    assertThat(result.report().findings()).isEmpty();
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.id()).isEqualTo("cls-test");
    assertThat(contract.status()).contains(ContractStatus.SIGNED);
    assertThat(contract.leadArs()).isEqualTo(Region.CENTRE_VAL_DE_LOIRE);
  }

  @Test
  void columns_count_utf16_code_units_not_bytes() {
    // "é€😀" is 9 bytes of UTF-8 but 4 UTF-16 code units.
    String json = "{\"schemaVersion\":\"1.0\",\"id\":\"é€😀\",\"status\":1,\"leadArs\":\"24\",\"territory\":{}}";

    Finding finding = only(ContractJson.reader().read(json));

    assertThat(finding.code()).isEqualTo("CLS-JSON-WRONG-TYPE");
    assertThat(finding.pointer()).isEqualTo("/status");
    assertThat(finding.location()).contains(SourceLocation.of(1, json.indexOf(":1,") + 2));
  }

  @Test
  void unknown_members_are_errors_when_strict_and_warnings_when_lenient() {
    String json = MINIMAL.replace("\"id\"", "\"colour\":\"blue\",\"id\"");

    Finding strict = only(ContractJson.reader().read(json));
    ReadResult lenient = ContractJson.reader().with(ReadFeature.IGNORE_UNKNOWN_MEMBERS).read(json);

    assertThat(strict.code()).isEqualTo("CLS-JSON-UNKNOWN-MEMBER");
    assertThat(strict.severity()).isEqualTo(Severity.ERROR);
    assertThat(strict.pointer()).isEqualTo("/colour");
    assertThat(only(lenient).severity()).isEqualTo(Severity.WARNING);
    assertThat(lenient.isValid()).isTrue();
    assertThat(FindingMessages.message(strict, Locale.FRENCH))
        .isEqualTo("Le champ «\u00a0colour\u00a0» n’existe pas dans le format des contrats.");
    assertThat(FindingMessages.message(only(lenient), Locale.FRENCH))
        .isEqualTo("Le champ «\u00a0colour\u00a0» n’existe pas dans le format des contrats\u202f: il est ignoré.");
  }

  @Test
  void a_missing_file_is_an_io_error_finding(@TempDir Path directory) {
    Finding finding = only(ContractJson.reader().read(directory.resolve("absent.json")));

    assertThat(finding.code()).isEqualTo("CLS-JSON-IO-ERROR");
    assertThat(finding.pointer()).isEmpty();
    assertThat(finding.params()).containsEntry("detail", "no such file");
  }

  @Test
  void a_directory_is_an_io_error_finding(@TempDir Path directory) {
    Finding finding = only(ContractJson.reader().read(directory));

    assertThat(finding.code()).isEqualTo("CLS-JSON-IO-ERROR");
  }

  @Test
  void a_file_reads_as_its_bytes_and_a_file_whose_size_says_nothing_is_read_to_its_end(@TempDir Path directory)
      throws IOException {
    Path file = Files.writeString(directory.resolve("cls.json"), MINIMAL);
    assertThat(ContractJson.reader().read(file).contract()).isEqualTo(ContractJson.reader().read(MINIMAL).contract())
        .isPresent();
    Path empty = Files.createFile(directory.resolve("empty.json"));
    assertThat(only(ContractJson.reader().read(empty)).code()).isEqualTo("CLS-JSON-EMPTY");
    // A file of size 0 that holds text (Linux's /proc): read as a stream, so the text is what is judged.
    Path proc = Path.of("/proc/self/status");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0);
    assertThat(only(ContractJson.reader().read(proc)).code()).isEqualTo("CLS-JSON-SYNTAX");
  }

  @Test
  void a_failing_stream_is_an_io_error_finding() {
    @SuppressWarnings("InputStreamSlowMultibyteRead") // fails at the first byte: never slow
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    Finding finding = only(ContractJson.reader().read(failing));

    assertThat(finding.code()).isEqualTo("CLS-JSON-IO-ERROR");
    assertThat(finding.params()).containsEntry("detail", "IOException: disk on fire");
  }

  @Test
  void a_document_over_the_size_limit_is_not_read(@TempDir Path directory) throws IOException {
    ContractReader reader = ContractJson.reader().withMaxDocumentBytes(1024);
    String big = MINIMAL.replace("\"territory\":{}", "\"territory\":{\"description\":\"" + "x".repeat(2000) + "\"}");
    Path file = Files.writeString(directory.resolve("big.json"), big);

    for (ReadResult result : List.of(reader.read(big), reader.read(file),
        reader.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))) {
      Finding finding = only(result);
      assertThat(finding.code()).isEqualTo("CLS-JSON-DOCUMENT-TOO-LARGE");
      assertThat(finding.params()).containsEntry("limit", "1024");
      assertThat(result.contract()).isEmpty();
    }
  }

  @Test
  void a_string_over_the_length_limit_stops_the_reading() {
    String json = MINIMAL.replace("\"territory\":{}", "\"territory\":{\"description\":\"" + "x".repeat(2000) + "\"}");

    ReadResult result = ContractJson.reader().withMaxStringLength(1024).read(json);

    Finding finding = only(result);
    assertThat(finding.code()).isEqualTo("CLS-JSON-STRING-TOO-LONG");
    assertThat(finding.pointer()).isEqualTo("/territory/description");
    // Located where the string starts, as any value, not where the limit was passed.
    assertThat(finding.location()).contains(io.github.clsante.model.report.SourceLocation.of(1, json.indexOf("\"xxx") + 1));
    assertThat(finding.params()).containsEntry("limit", "1024");
    assertThat(result.contract()).isEmpty();
  }

  @Test
  void a_utf8_byte_order_mark_is_tolerated() {
    byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);

    assertThat(ContractJson.reader().read(withBom).isValid()).isTrue();
  }

  @Test
  void the_stream_is_read_but_not_closed() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    assertThat(ContractJson.reader().read(in).isValid()).isTrue();
    assertThat(closed[0]).isFalse();
  }

  @Test
  void limits_below_their_minimum_are_refused() {
    assertThatThrownBy(() -> ContractJson.reader().withMaxNestingDepth(15))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the nesting depth limit must be at least 16: 15");
    assertThatThrownBy(() -> ContractJson.reader().withMaxStringLength(10))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the string length limit must be at least 1024: 10");
    assertThatThrownBy(() -> ContractJson.reader().withMaxDocumentBytes(10))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the document size limit must be at least 1024 bytes: 10");
  }

  @Test
  void an_element_missing_a_required_member_is_kept_with_a_placeholder_and_listed_as_unreadable() {
    String json = MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"b\"},{\"id\":\"c\",\"title\":\"C\"}]");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(only(result).code()).isEqualTo("CLS-JSON-MISSING-MEMBER");
    assertThat(only(result).pointer()).isEqualTo("/actionSheets/1");
    // The sheet still counts, keeps its place (later pointers stay right) and has an empty title.
    assertThat(result.contract().orElseThrow().actionSheets()).extracting(s -> s.id() + ":" + s.title())
        .containsExactly("a:A", "b:", "c:C");
    assertThat(result.unreadable()).containsExactly("/actionSheets/1/title");
  }

  @Test
  void an_element_of_the_wrong_type_is_replaced_by_a_placeholder_so_that_the_next_keep_their_places() {
    String json = MINIMAL.replace("\"territory\":{}",
        "\"territory\":{\"departements\":[\"41\",[],\"45\"]},\"actionSheets\":[\"fa-1\",{\"id\":\"b\",\"title\":\"B\"}]");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(result.report().findings()).extracting(Finding::pointer)
        .containsExactly("/actionSheets/0", "/territory/departements/1");
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.territory().departements()).containsExactly("41", "", "45");
    assertThat(contract.actionSheets()).extracting(s -> s.id()).containsExactly("", "b");
    assertThat(result.unreadable()).containsExactly("/territory/departements/1", "/actionSheets/0");
  }

  @Test
  void a_contract_is_built_even_when_its_required_members_are_missing_or_unreadable() {
    ReadResult result = ContractJson.reader().read("{\"id\":7,\"leadArs\":\"nowhere\"}");

    assertThat(result.contract()).isPresent();
    assertThat(result.isValid()).isFalse();
    // Without a version the document is read as the current one, where the status is optional.
    assertThat(result.unreadable()).containsExactly("/leadArs", "/formatVersion", "/territory");
    assertThat(result.contract().orElseThrow().id()).isEqualTo("7"); // a number where text goes is read as text
  }

  @Test
  void a_french_label_for_a_closed_code_is_reported_and_read_as_its_code() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"signed\"", "\"signé\"")
        .replace("\"leadArs\":\"24\"", "\"leadArs\":\"Centre-Val de Loire\""));

    assertThat(result.report().findings()).extracting(f -> f.pointer() + " " + f.params().get("suggestion"))
        .containsExactly("/leadArs 24", "/status signed");
    assertThat(result.isValid()).isFalse();
    assertThat(result.unreadable()).isEmpty();
    assertThat(result.contract().orElseThrow().status()).contains(ContractStatus.SIGNED);
    assertThat(result.contract().orElseThrow().leadArs()).isEqualTo(Region.CENTRE_VAL_DE_LOIRE);
    assertThat(FindingMessages.message(result.report().findings().get(1), Locale.FRENCH)).contains(
        "«\u00a0signé\u00a0» n’est pas un code de la liste des statuts du contrat. Vouliez-vous dire «\u00a0signed\u00a0» "
            + "(Signé)\u202f? Il est lu comme «\u00a0signed\u00a0». Codes possibles\u202f: in_preparation (En élaboration), "
            + "signed (Signé)");
  }

  @Test
  void a_near_spelling_is_suggested_but_not_read() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"signed\"", "\"sigend\""));

    assertThat(only(result).params()).containsEntry("suggestion", "signed");
    assertThat(result.unreadable()).containsExactly("/status");
  }

  @Test
  void a_french_member_name_is_suggested_and_read_for_the_member_it_names() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"period\":{\"début\":\"2022\",\"fin\":\"2026\"},\"actionSheets\":[{\"id\":\"a\",\"titre\":\"A\"}]"));

    assertThat(result.report().findings()).extracting(f -> f.pointer() + " " + f.params().get("readAs"))
        .containsExactly("/actionSheets/0/titre title", "/period/début start", "/period/fin end");
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.period().orElseThrow().start()).contains(io.github.clsante.model.PartialDate.ofYear(2022));
    assertThat(contract.actionSheets().get(0).title()).isEqualTo("A");
    assertThat(FindingMessages.message(result.report().findings().get(1), Locale.FRENCH)).contains(
        "Le champ «\u00a0début\u00a0» n’existe pas dans le format des contrats. Vouliez-vous dire «\u00a0start\u00a0»\u202f?");
  }

  @Test
  void a_misnamed_member_is_not_read_when_the_object_has_the_member_itself() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"titre\":\"X\",\"title\":\"A\"}]"));

    assertThat(only(result).params()).containsEntry("suggestion", "title").doesNotContainKey("readAs");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).title()).isEqualTo("A");
    assertThat(result.report().findings()).noneMatch(f -> f.code().equals("CLS-JSON-DUPLICATE-MEMBER"));
  }

  @Test
  void a_misnamed_member_followed_by_the_member_itself_is_not_said_to_be_read() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"titre\":\"Titre écrit en français\",\"title\":\"A\"}]"));

    assertThat(only(result).params()).containsEntry("suggestion", "title").doesNotContainKey("readAs");
    assertThat(FindingMessages.message(only(result), Locale.ENGLISH))
        .isEqualTo("The field \"titre\" does not exist in the contract format. Did you mean \"title\"?");
    assertThat(result.contract().orElseThrow().actionSheets().get(0).title()).isEqualTo("A");
  }

  @Test
  void a_date_of_the_right_form_but_no_real_day_says_so() {
    Finding finding = only(ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"signatureDate\":\"2022-02-30\"")));

    assertThat(finding.params()).containsEntry("problem", "not-in-calendar");
    assertThat(FindingMessages.message(finding, Locale.FRENCH)).isEqualTo(
        "La date «\u00a02022-02-30\u00a0» n’existe pas dans le calendrier (jour ou mois impossible)\u202f: "
            + "vérifiez le jour et le mois.");
  }

  @Test
  void values_written_by_hand_are_reported_and_read_as_meant() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{\"population\":\"28 000\"},\"signatureDate\":\"17/02/2022\","
            + "\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetCents\":\"12 000,50 €\",\"recurring\":\"oui\"}]"));

    assertThat(result.report().findings()).extracting(f -> f.pointer() + " " + f.params().get("suggestion"))
        .containsExactly("/actionSheets/0/budgetCents 1200050", "/actionSheets/0/recurring true",
            "/signatureDate 2022-02-17", "/territory/population 28000");
    Contract contract = result.contract().orElseThrow();
    assertThat(contract.actionSheets().get(0).budget()).contains(io.github.clsante.model.EuroAmount.ofCents(1200050));
    assertThat(contract.signatureDate()).contains(io.github.clsante.model.PartialDate.of(2022, 2, 17));
    assertThat(result.unreadable()).isEmpty();
    assertThat(FindingMessages.message(result.report().findings().get(0), Locale.FRENCH)).contains(
        "Ce champ attend un montant en centimes d’euro (un nombre entier, sans guillemets)\u202f; il contient du texte "
            + "entre guillemets\u202f: «\u00a012 000,50 €\u00a0». Écrivez plutôt 1200050.");
  }

  @Test
  void an_ambiguous_amount_is_not_read() {
    ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetCents\":\"12.000 €\"}]"));

    assertThat(only(result).params()).doesNotContainKey("suggestion");
    assertThat(result.unreadable()).containsExactly("/actionSheets/0/budgetCents");
  }

  @Test
  void in_a_1_0_document_an_absent_member_with_a_default_means_the_default() {
    Contract contract = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}",
        "\"territory\":{},\"signatories\":[{\"party\":{\"partyId\":\"ars\"}}],"
            + "\"axes\":[{\"id\":\"a\",\"title\":\"A\",\"actionSheets\":[{\"id\":\"s\",\"title\":\"S\"}]}],"
            + "\"amendments\":[{\"number\":1}]")).contract().orElseThrow();

    assertThat(contract.sheetNumbering()).contains(io.github.clsante.model.SheetNumbering.CONTRACT_WIDE);
    assertThat(contract.signatories().get(0).role()).contains(io.github.clsante.model.SignatoryRole.PRINCIPAL);
    assertThat(contract.axes().get(0).transversal()).contains(false);
    assertThat(contract.axes().get(0).actionSheets().get(0).recurring()).contains(false);
    assertThat(contract.amendments().get(0).planned()).contains(false);
  }

  @Test
  void in_a_1_1_document_an_absent_member_says_nothing() {
    Contract contract = ContractJson.reader().read(MINIMAL.replace("\"schemaVersion\":\"1.0\"", "\"formatVersion\":\"1.1\"").replace("\"territory\":{}",
        "\"territory\":{},\"signatories\":[{\"party\":{\"partyId\":\"ars\"}}]")).contract().orElseThrow();

    assertThat(contract.sheetNumbering()).isEmpty();
    assertThat(contract.signatories().get(0).role()).isEmpty();
  }

  @Test
  void integral_floats_are_read_as_integers() {
    String json = MINIMAL.replace("\"territory\":{}", "\"territory\":{},\"announcedAxisCount\":5.0,\"generation\":2e0");

    Contract contract = ContractJson.reader().read(json).contract().orElseThrow();

    assertThat(contract.announcedAxisCount()).contains(5);
    assertThat(contract.generation()).contains(2);
  }

  @Test
  void whole_number_members_refuse_fractions_exactly_without_rounding() {
    for (String member : List.of("\"territory\":{\"population\":1.00000000000000001}",
        "\"territory\":{},\"generation\":1e-400",
        "\"territory\":{},\"generation\":1e-11111111111",
        "\"territory\":{},\"actionSheets\":[{\"id\":\"a\",\"title\":\"A\",\"budgetCents\":150000050.000000001}]")) {
      ReadResult result = ContractJson.reader().read(MINIMAL.replace("\"territory\":{}", member));

      assertThat(only(result).code()).as(member).isEqualTo("CLS-JSON-INVALID-NUMBER");
    }
  }

  @Test
  void an_empty_extension_namespace_is_kept() {
    String json = MINIMAL.replace("\"territory\":{}", "\"territory\":{},\"extensions\":{\"\":[1]}");

    ReadResult result = ContractJson.reader().read(json);

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.contract().orElseThrow().extensions()).containsEntry("", "[1]");
  }

  @Test
  void records_the_location_of_every_value_when_asked() {
    String json = "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"é\",\n  \"status\": \"signed\",\n"
        + "  \"leadArs\": \"24\",\n  \"territory\": {\"regions\": [\"24\", \"28\"]}\n}";

    ReadResult result = ContractJson.reader().with(ReadFeature.RECORD_LOCATIONS).read(json);

    assertThat(result.locationOf("")).contains(SourceLocation.of(1, 1));
    assertThat(result.locationOf("/id")).contains(SourceLocation.of(3, 9));
    assertThat(result.locationOf("/territory/regions/1")).contains(SourceLocation.of(6, 35));
    assertThat(result.locationOf("/territory/name")).contains(SourceLocation.of(6, 16));
    assertThat(ContractJson.reader().read(json).locationOf("/id")).isEmpty();
  }
}
