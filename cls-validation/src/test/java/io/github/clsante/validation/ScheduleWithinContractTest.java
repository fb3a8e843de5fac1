package io.github.clsante.validation;

import static io.github.clsante.validation.FindingLines.lineIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CLS-SHEET-SCHEDULE-OUTSIDE: a sheet's schedule that certainly falls, at least partly, outside the
 * contract's period, by either of its ends, each known alone or both; a schedule within the period, or
 * only possibly outside it (dates known to the year), is not reported.
 */
class ScheduleWithinContractTest {

  @Test
  void a_schedule_outside_the_period_by_either_end_is_reported() {
    String d = """
        {
          "formatVersion": "1.1", "id": "cls-schedule", "status": "in_preparation", "leadArs": "24", "territory": {},
          "period": {"start": "2022-01-01", "end": "2026-12-31"},
          "actionSheets": [
            {"id": "fa-0", "title": "Commence avant", "indicators": [{"id": "i-0", "name": "I"}], "schedule": {"start": "2021-06", "end": "2022-06"}},
            {"id": "fa-1", "title": "Finit avant", "indicators": [{"id": "i-1", "name": "I"}], "schedule": {"end": "2021"}},
            {"id": "fa-2", "title": "Commence après", "indicators": [{"id": "i-2", "name": "I"}], "schedule": {"start": "2027"}},
            {"id": "fa-3", "title": "Finit après", "indicators": [{"id": "i-3", "name": "I"}], "schedule": {"start": "2026-06", "end": "2027-03"}},
            {"id": "fa-4", "title": "Dedans", "indicators": [{"id": "i-4", "name": "I"}], "schedule": {"start": "2023", "end": "2024"}},
            {"id": "fa-5", "title": "Aux bornes", "indicators": [{"id": "i-5", "name": "I"}], "schedule": {"start": "2022", "end": "2026"}},
            {"id": "fa-6", "title": "Finit seule dedans", "indicators": [{"id": "i-6", "name": "I"}], "schedule": {"end": "2025"}},
            {"id": "fa-7", "title": "Commence seule dedans", "indicators": [{"id": "i-7", "name": "I"}], "schedule": {"start": "2022-01"}}]
        }
        """;

    assertThat(FindingLines.of(d)).containsExactly(
        lineIn(Rule.SHEET_SCHEDULE_OUTSIDE, "/actionSheets/0/schedule", d, "\"schedule\": {\"start\": \"2021-06\"",
            "{\"start\": \"2021-06\""),
        lineIn(Rule.SHEET_SCHEDULE_OUTSIDE, "/actionSheets/1/schedule", d, "\"schedule\": {\"end\": \"2021\"}",
            "{\"end\": \"2021\"}"),
        lineIn(Rule.SHEET_SCHEDULE_OUTSIDE, "/actionSheets/2/schedule", d, "\"schedule\": {\"start\": \"2027\"}",
            "{\"start\": \"2027\"}"),
        lineIn(Rule.SHEET_SCHEDULE_OUTSIDE, "/actionSheets/3/schedule", d, "\"schedule\": {\"start\": \"2026-06\"",
            "{\"start\": \"2026-06\""));
  }
}
