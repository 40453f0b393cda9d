package org.lcp.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a call series' rule: every N weeks on a weekday at a local time in a time zone, from a
 * date, until a date or for a count. The local time holds across daylight-saving changes; the
 * instant follows.
 */
public final class Recurrence {

  /** The most calls one rule may make. */
  public static final int MAX = 100;

  private Recurrence() {}

  /**
   * @param startDate the first call is on the first {@code weekday} on or after it
   * @param until the last possible date (inclusive), or null with a count
   * @param count how many calls, or null with until
   */
  public record Rule(
      DayOfWeek weekday,
      LocalTime time,
      ZoneId zone,
      LocalDate startDate,
      int intervalWeeks,
      LocalDate until,
      Integer count) {
    public Rule {
      if (intervalWeeks < 1) {
        throw new IllegalArgumentException("intervalWeeks must be at least 1");
      }
      if ((until == null) == (count == null)) {
        throw new IllegalArgumentException("give exactly one of until and count");
      }
    }
  }

  /** The first date of the rule: the first weekday on or after its start date. */
  public static LocalDate first(Rule r) {
    return r.startDate().with(TemporalAdjusters.nextOrSame(r.weekday()));
  }

  /**
   * The local starts of the rule, in order; at most {@code MAX + 1} (one more than allowed tells
   * the caller the rule makes too many).
   */
  public static List<LocalDateTime> localStarts(Rule r) {
    List<LocalDateTime> starts = new ArrayList<>();
    LocalDate day = first(r);
    int limit = r.count() != null ? Math.min(r.count(), MAX + 1) : MAX + 1;
    while (starts.size() < limit && (r.until() == null || !day.isAfter(r.until()))) {
      starts.add(day.atTime(r.time()));
      day = day.plusWeeks(r.intervalWeeks());
    }
    return starts;
  }

  /**
   * A local start in its zone: a time skipped when clocks go forward moves forward by the gap; an
   * ambiguous one (clocks going back) takes the earlier offset.
   */
  public static ZonedDateTime resolve(LocalDateTime local, ZoneId zone) {
    return ZonedDateTime.ofLocal(local, zone, null);
  }

  /** The rule's calls as instants in their zone. */
  public static List<ZonedDateTime> expand(Rule r) {
    return localStarts(r).stream().map(l -> resolve(l, r.zone())).toList();
  }
}
