package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.MetricReminderSettingsInput;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/** Reading and changing when a collaborative's teams are reminded of the values they owe. */
@ApplicationScoped
public class MetricReminderSettingsService {

  private final CollaborativeRepository collaboratives;
  private final MetricReminderSettingsRepository settings;
  private final CollaborativePolicy collaborativePolicy;
  private final MetricsPolicy policy;
  private final AuditLog audit;

  public MetricReminderSettingsService(
      CollaborativeRepository collaboratives,
      MetricReminderSettingsRepository settings,
      CollaborativePolicy collaborativePolicy,
      MetricsPolicy policy,
      AuditLog audit) {
    this.collaboratives = collaboratives;
    this.settings = settings;
    this.collaborativePolicy = collaborativePolicy;
    this.policy = policy;
    this.audit = audit;
  }

  /** Admins and the collaborative's faculty. */
  @Transactional
  public Versioned<org.lcp.api.model.MetricReminderSettings> get(
      Actor actor, UUID collaborativeId) {
    Collaborative c = collaboratives.require(collaborativeId);
    collaborativePolicy.requireFaculty(actor, c.ref());
    return view(settings.of(c.id));
  }

  /** Admins and the collaborative's lead faculty, with the settings' ETag. */
  @Transactional
  public Versioned<org.lcp.api.model.MetricReminderSettings> update(
      Actor actor, UUID collaborativeId, String ifMatch, MetricReminderSettingsInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireCoordinatorChange(actor, c.ref());
    MetricReminderSettings s = settings.lockedOrNull(c.id);
    boolean fresh = s == null;
    if (fresh) {
      s = MetricReminderSettings.defaults(c.id);
    }
    ETags.require(ifMatch, s.version);
    if (in.getLeadFacultyAfterDays() < in.getSeniorLeaderAfterDays()) {
      throw ApiException.invalid(
          List.of(
              Violation.body(
                  "leadFacultyAfterDays",
                  "must not be less than seniorLeaderAfterDays ("
                      + in.getSeniorLeaderAfterDays()
                      + "): the lead faculty hear of a team after its senior leaders")));
    }
    Map<String, Object> before = s.snapshot();
    s.enabled = in.getEnabled();
    s.daysBeforeDue = in.getDaysBeforeDue();
    s.seniorLeaderAfterDays = in.getSeniorLeaderAfterDays();
    s.leadFacultyAfterDays = in.getLeadFacultyAfterDays();
    s.daysBeforeLock = in.getDaysBeforeLock();
    s.updatedAt = Instant.now();
    s.version++;
    if (fresh) {
      settings.persist(s);
    }
    var d = AuditLog.diff(before, s.snapshot());
    audit.record(
        "metric-reminders.updated",
        new Subject("metric-reminder-settings", c.id, null, c.id),
        d.get("before"),
        d.get("after"),
        null);
    settings.flush();
    return view(s);
  }

  private static Versioned<org.lcp.api.model.MetricReminderSettings> view(
      MetricReminderSettings s) {
    return Versioned.of(
        s.version,
        new org.lcp.api.model.MetricReminderSettings()
            .collaborativeId(s.collaborativeId)
            .enabled(s.enabled)
            .daysBeforeDue(s.daysBeforeDue)
            .seniorLeaderAfterDays(s.seniorLeaderAfterDays)
            .leadFacultyAfterDays(s.leadFacultyAfterDays)
            .daysBeforeLock(s.daysBeforeLock)
            .updatedAt(Times.utc(s.updatedAt)));
  }
}
