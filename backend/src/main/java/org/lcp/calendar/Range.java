package org.lcp.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;

/** The days a schedule covers (inclusive). */
public record Range(LocalDate from, LocalDate to) {

  static final int MAX_DAYS = 366;
  static final int DEFAULT_DAYS = 90;

  /** How far back the feeds go; forward they have no end worth the name. */
  static final int FEED_DAYS_BACK = 180;

  static final int FEED_DAYS_AHEAD = 3660;

  /** The days asked for: from today and 90 days by default, at most 366 days; 400 otherwise. */
  static Range of(LocalDate from, LocalDate to) {
    LocalDate f = from != null ? from : LocalDate.now(ZoneOffset.UTC);
    LocalDate t = to != null ? to : f.plusDays(DEFAULT_DAYS);
    if (t.isBefore(f)) {
      throw ApiException.invalid(
          List.of(Violation.query("to", "must be on or after from (" + f + ")")));
    }
    if (ChronoUnit.DAYS.between(f, t) + 1 > MAX_DAYS) {
      throw ApiException.invalid(
          List.of(
              Violation.query(
                  "to", "the range is at most " + MAX_DAYS + " days (from " + f + ")")));
    }
    return new Range(f, t);
  }

  /** What a calendar feed holds: half a year back, ten years ahead. */
  static Range feed() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new Range(today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD));
  }
}
