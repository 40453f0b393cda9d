package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.lcp.api.model.CompletenessState;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.error.ApiException;

/** The state of one cell and the periods shown, without a database. */
class CompletenessRulesTest {

  static final YearMonth MARCH = YearMonth.of(2026, 3);

  static Measure measure(int dueDay, int lockAfterDays) {
    Measure m = new Measure();
    m.dueDay = dueDay;
    m.lockAfterDays = lockAfterDays;
    return m;
  }

  @Test
  void aValueIsOnTimeUntilTheEndOfItsDueDayAndLateAfter() {
    Measure m = measure(10, 45);
    LocalDate today = LocalDate.of(2026, 6, 1);
    assertThat(CompletenessService.dueDate(m, MARCH)).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(
            CompletenessService.state(m, MARCH, Instant.parse("2026-04-10T23:59:59Z"), true, today))
        .isEqualTo(CompletenessState.REPORTED);
    assertThat(
            CompletenessService.state(m, MARCH, Instant.parse("2026-04-11T00:00:00Z"), true, today))
        .isEqualTo(CompletenessState.LATE);
  }

  @Test
  void withoutAValueAPeriodIsNotDueThenOwedThenLost() {
    Measure m = measure(10, 45);
    assertThat(CompletenessService.state(m, MARCH, null, false, LocalDate.of(2026, 4, 10)))
        .isEqualTo(CompletenessState.NOT_DUE);
    assertThat(CompletenessService.state(m, MARCH, null, false, LocalDate.of(2026, 4, 11)))
        .isEqualTo(CompletenessState.MISSING);
    // the lock date: 45 days after the period ends, i.e. 15 May; locked from the day after
    assertThat(MetricValidation.lockDate(m, MARCH)).isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(MetricValidation.isLocked(m, MARCH, LocalDate.of(2026, 5, 15))).isFalse();
    assertThat(MetricValidation.isLocked(m, MARCH, LocalDate.of(2026, 5, 16))).isTrue();
    assertThat(CompletenessService.state(m, MARCH, null, true, LocalDate.of(2026, 5, 16)))
        .isEqualTo(CompletenessState.LOCKED);
    // a period that locks before it is due (lock after 0 days, due on the 10th) is lost, not owed
    Measure strict = measure(10, 0);
    assertThat(CompletenessService.state(strict, MARCH, null, true, LocalDate.of(2026, 4, 11)))
        .isEqualTo(CompletenessState.LOCKED);
  }

  @Test
  void periodsRunFromTheStartToNowAndAreBounded() {
    Collaborative c = new Collaborative();
    c.startDate = LocalDate.of(2025, 11, 20);
    LocalDate today = LocalDate.of(2026, 2, 3);
    assertThat(CompletenessService.periods(c, null, null, today).stream().map(YearMonth::toString))
        .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
    c.endDate = LocalDate.of(2025, 12, 31);
    assertThat(CompletenessService.periods(c, null, null, today))
        .last()
        .isEqualTo(YearMonth.of(2025, 12));
    Collaborative noDates = new Collaborative();
    assertThat(CompletenessService.periods(noDates, null, null, today))
        .hasSize(12)
        .first()
        .isEqualTo(YearMonth.of(2025, 3));
    Collaborative old = new Collaborative();
    old.startDate = LocalDate.of(2010, 1, 1);
    assertThat(CompletenessService.periods(old, null, null, today))
        .hasSize(60)
        .last()
        .isEqualTo(YearMonth.of(2026, 2));
    assertThatThrownBy(() -> CompletenessService.periods(c, null, "2026-03", today))
        .isInstanceOf(ApiException.class);
  }
}
