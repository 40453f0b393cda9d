package org.lcp.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;

/**
 * What a report covers: the day it is as of and the months it charts.
 *
 * @param asOf the day (UTC) whose end the values are taken at
 * @param from the first month charted
 * @param to the last month charted
 */
record ReportRange(LocalDate asOf, YearMonth from, YearMonth to) {

  /** At most this many months are charted at once (three years of a collaborative). */
  static final int MAX_MONTHS = 36;

  /**
   * The range asked for, with the defaults: today; from the collaborative's first month (or the
   * last {@value #MAX_MONTHS} months, or the last 12 when it has no start date) to the month of
   * {@code asOf}. 400 naming the parameter when {@code asOf} is in the future, {@code to} after the
   * month of {@code asOf}, {@code from} after {@code to} or the range longer than {@value
   * #MAX_MONTHS} months.
   */
  static ReportRange of(
      LocalDate asOf, String from, String to, LocalDate collaborativeStart, LocalDate today) {
    LocalDate day = asOf == null ? today : asOf;
    if (day.isAfter(today)) {
      throw ApiException.invalid(
          List.of(Violation.query("asOf", "must not be after today (" + today + ")")));
    }
    YearMonth asOfMonth = YearMonth.from(day);
    YearMonth last = to == null ? asOfMonth : YearMonth.parse(to);
    if (last.isAfter(asOfMonth)) {
      throw ApiException.invalid(
          List.of(
              Violation.query("to", "must not be after the month of 'asOf' (" + asOfMonth + ")")));
    }
    YearMonth first;
    if (from != null) {
      first = YearMonth.parse(from);
    } else if (collaborativeStart != null && !YearMonth.from(collaborativeStart).isAfter(last)) {
      first = YearMonth.from(collaborativeStart);
      if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
        first = last.minusMonths(MAX_MONTHS - 1);
      }
    } else {
      first = last.minusMonths(11);
    }
    if (first.isAfter(last)) {
      throw ApiException.invalid(
          List.of(Violation.query("from", "must not be after 'to' (" + last + ")")));
    }
    if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
      throw ApiException.invalid(
          List.of(
              Violation.query(
                  "from", "at most " + MAX_MONTHS + " months can be reported at once")));
    }
    return new ReportRange(day, first, last);
  }

  /** The instant the values are taken at: the end of the {@code asOf} day, UTC. */
  Instant instant() {
    return asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
  }

  List<YearMonth> months() {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
      out.add(p);
    }
    return out;
  }
}
