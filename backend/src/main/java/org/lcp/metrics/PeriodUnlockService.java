package org.lcp.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.lcp.api.model.PeriodUnlock;
import org.lcp.api.model.PeriodUnlockInput;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Lead faculty reopen a locked period for one team, with a reason, until a date. */
@ApplicationScoped
public class PeriodUnlockService {

  private final EntityManager em;
  private final AuditLog audit;

  public PeriodUnlockService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  @Transactional
  public PeriodUnlock unlock(Caller caller, UUID collaborativeId, PeriodUnlockInput in) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (in.getUntil().isBefore(today)) {
      throw ApiException.invalid(List.of(Violation.body("until", "must be today or later")));
    }
    long enrolled = ((Number) em.createNativeQuery("select count(*) from team where collaborative_id = ?1 "
            + "and organization_id = ?2")
        .setParameter(1, collaborativeId).setParameter(2, in.getOrganizationId()).getSingleResult()).longValue();
    if (enrolled == 0) {
      throw ApiException.invalid(List.of(Violation.body("organizationId",
          "is not enrolled in this collaborative")));
    }
    Instant now = Instant.now();
    em.createNativeQuery("insert into period_unlock (collaborative_id, organization_id, period, until, reason, "
            + "unlocked_by, unlocked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (collaborative_id, "
            + "organization_id, period) do update set until = excluded.until, reason = excluded.reason, "
            + "unlocked_by = excluded.unlocked_by, unlocked_at = excluded.unlocked_at")
        .setParameter(1, collaborativeId).setParameter(2, in.getOrganizationId())
        .setParameter(3, YearMonth.parse(in.getPeriod()).atDay(1)).setParameter(4, in.getUntil())
        .setParameter(5, in.getReason().trim()).setParameter(6, caller.displayName()).setParameter(7, now)
        .executeUpdate();
    audit.record("period.unlocked", new Subject("period-unlock", null, in.getOrganizationId(), collaborativeId), null,
        Map.of("period", in.getPeriod(), "until", in.getUntil().toString()), in.getReason().trim());
    return list(collaborativeId, Set.of(in.getOrganizationId()), YearMonth.parse(in.getPeriod()), 0, 1).items()
        .get(0);
  }

  /** "organizationId/yyyy-mm" periods unlocked on {@code day}. */
  @Transactional
  public Set<String> unlocked(UUID collaborativeId, LocalDate day) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select organization_id, to_char(period, 'YYYY-MM') from period_unlock "
            + "where collaborative_id = ?1 and until >= ?2")
        .setParameter(1, collaborativeId).setParameter(2, day).getResultList();
    Set<String> keys = new HashSet<>();
    rows.forEach(r -> keys.add(r[0] + "/" + r[1]));
    return keys;
  }

  /** Unlocks of the collaborative (only {@code organizations}' when not null; one period when given), newest first. */
  @Transactional
  public Paging<PeriodUnlock> list(UUID collaborativeId, Set<UUID> organizations, YearMonth period, int page,
      int size) {
    String where = " from period_unlock u join organization o on o.id = u.organization_id where u.collaborative_id = :c"
        + (organizations == null ? "" : " and u.organization_id in (:orgs)")
        + (period == null ? "" : " and u.period = :period");
    Query q = em.createNativeQuery("select u.organization_id, o.name, to_char(u.period, 'YYYY-MM'), u.until, "
        + "u.reason, u.unlocked_by, u.unlocked_at" + where + " order by u.unlocked_at desc, lower(o.name), u.period "
        + "limit :limit offset :offset");
    Query count = em.createNativeQuery("select count(*)" + where);
    for (Query x : List.of(q, count)) {
      x.setParameter("c", collaborativeId);
      if (organizations != null) {
        x.setParameter("orgs", organizations.isEmpty() ? List.of(new UUID(0, 0)) : organizations);
      }
      if (period != null) {
        x.setParameter("period", period.atDay(1));
      }
    }
    q.setParameter("limit", size).setParameter("offset", page * size);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    List<PeriodUnlock> items = new ArrayList<>();
    for (Object[] r : rows) {
      LocalDate until = r[3] instanceof LocalDate d ? d : ((Date) r[3]).toLocalDate();
      Instant at = r[6] instanceof Instant i ? i : ((Timestamp) r[6]).toInstant();
      items.add(new PeriodUnlock().organizationId((UUID) r[0]).organizationName((String) r[1]).period((String) r[2])
          .until(until).active(!until.isBefore(today)).reason((String) r[4]).unlockedBy((String) r[5])
          .unlockedAt(Times.utc(at)));
    }
    return new Paging<>(items, page, size, ((Number) count.getSingleResult()).longValue());
  }
}
