package org.lcp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  static Recurrence.Rule rule(
      DayOfWeek day, String start, int interval, String until, Integer count) {
    return new Recurrence.Rule(
        day,
        LocalTime.of(12, 0),
        CHICAGO,
        LocalDate.parse(start),
        interval,
        until == null ? null : LocalDate.parse(until),
        count);
  }

  @Test
  void theFirstCallIsOnTheFirstWeekdayOnOrAfterTheStartDate() {
    // 2026-02-04 is a Wednesday
    assertThat(Recurrence.first(rule(DayOfWeek.WEDNESDAY, "2026-02-04", 2, null, 1)))
        .isEqualTo(LocalDate.parse("2026-02-04"));
    assertThat(Recurrence.first(rule(DayOfWeek.MONDAY, "2026-02-04", 2, null, 1)))
        .isEqualTo(LocalDate.parse("2026-02-09"));
  }

  @Test
  void everyNWeeksForACount() {
    List<LocalDateTime> starts =
        Recurrence.localStarts(rule(DayOfWeek.MONDAY, "2026-02-02", 2, null, 4));
    assertThat(starts)
        .containsExactly(
            LocalDateTime.parse("2026-02-02T12:00"),
            LocalDateTime.parse("2026-02-16T12:00"),
            LocalDateTime.parse("2026-03-02T12:00"),
            LocalDateTime.parse("2026-03-16T12:00"));
  }

  @Test
  void untilADateInclusive() {
    assertThat(Recurrence.localStarts(rule(DayOfWeek.MONDAY, "2026-02-02", 1, "2026-02-23", null)))
        .extracting(LocalDateTime::toLocalDate)
        .containsExactly(
            LocalDate.parse("2026-02-02"),
            LocalDate.parse("2026-02-09"),
            LocalDate.parse("2026-02-16"),
            LocalDate.parse("2026-02-23"));
    assertThat(Recurrence.localStarts(rule(DayOfWeek.MONDAY, "2026-02-03", 1, "2026-02-08", null)))
        .isEmpty();
  }

  @Test
  void theLocalTimeHoldsAcrossADaylightSavingChange() {
    // clocks go forward in Chicago on 2026-03-08: noon CST is 18:00 UTC, noon CDT 17:00 UTC
    List<ZonedDateTime> calls = Recurrence.expand(rule(DayOfWeek.MONDAY, "2026-03-02", 1, null, 2));
    assertThat(calls).extracting(z -> z.toLocalTime()).containsOnly(LocalTime.NOON);
    assertThat(calls.get(0).toInstant().toString()).isEqualTo("2026-03-02T18:00:00Z");
    assertThat(calls.get(1).toInstant().toString()).isEqualTo("2026-03-09T17:00:00Z");
    assertThat(ChronoUnit.HOURS.between(calls.get(0).toInstant(), calls.get(1).toInstant()))
        .isEqualTo(7 * 24 - 1);
  }

  @Test
  void aSkippedLocalTimeMovesForwardAndAnAmbiguousOneTakesTheEarlierOffset() {
    assertThat(Recurrence.resolve(LocalDateTime.parse("2026-03-08T02:30"), CHICAGO).toLocalTime())
        .isEqualTo(LocalTime.of(3, 30));
    ZonedDateTime ambiguous = Recurrence.resolve(LocalDateTime.parse("2026-11-01T01:30"), CHICAGO);
    assertThat(ambiguous.getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
  }

  @Test
  void aRuleStopsOneBeyondTheMaximumSoThatTooManyCanBeRefused() {
    assertThat(Recurrence.localStarts(rule(DayOfWeek.MONDAY, "2026-01-05", 1, "2030-01-01", null)))
        .hasSize(Recurrence.MAX + 1);
    assertThat(Recurrence.localStarts(rule(DayOfWeek.MONDAY, "2026-01-05", 1, null, 100)))
        .hasSize(100);
  }

  @Test
  void aRuleNeedsExactlyOneEnd() {
    assertThatThrownBy(() -> rule(DayOfWeek.MONDAY, "2026-01-05", 1, "2026-02-01", 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rule(DayOfWeek.MONDAY, "2026-01-05", 1, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
