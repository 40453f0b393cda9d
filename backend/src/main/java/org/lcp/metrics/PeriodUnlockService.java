package org.lcp.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.PeriodUnlock;
import org.lcp.api.model.PeriodUnlockInput;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
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
    return new PeriodUnlock().organizationId(in.getOrganizationId()).period(in.getPeriod()).until(in.getUntil())
        .reason(in.getReason().trim()).unlockedBy(caller.displayName()).unlockedAt(Times.utc(now));
  }
}
