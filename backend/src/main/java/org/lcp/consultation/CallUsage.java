package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A collaborative's calls per month, for a community's usage report: the calls that took place
 * (state HELD, by the month they started in, UTC) and the attendance recorded at them as present or
 * partly present. Attendance is recorded per team roster member (consultation calls) or per
 * registered attendee (informational calls): this counts what was recorded, nothing more.
 */
@ApplicationScoped
public class CallUsage {

  private final EntityManager em;

  public CallUsage(EntityManager em) {
    this.em = em;
  }

  /** Month to {calls held, attendance recorded as present or partial}. */
  public Map<YearMonth, long[]> monthly(UUID collaborativeId, YearMonth from, YearMonth to) {
    Map<YearMonth, long[]> out = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select to_char(c.starts_at at time zone 'UTC', 'YYYY-MM'), count(distinct c.id),"
                    + " count(a.id) filter (where a.status in ('PRESENT', 'PARTIAL'))"
                    + " from scheduled_call c left join call_attendance a on a.call_id = c.id"
                    + " where c.collaborative_id = :c and c.state = 'HELD'"
                    + " and c.starts_at >= cast(:from as timestamp) at time zone 'UTC'"
                    + " and c.starts_at < cast(:to as timestamp) at time zone 'UTC'"
                    + " group by 1")
            .setParameter("c", collaborativeId)
            .setParameter("from", from.atDay(1).atStartOfDay())
            .setParameter("to", to.plusMonths(1).atDay(1).atStartOfDay())
            .getResultList();
    for (Object[] r : rows) {
      out.put(
          YearMonth.parse((String) r[0]),
          new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return out;
  }
}
