package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.PeriodUnlockInput;
import org.lcp.api.model.PeriodUnlockPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Paging;
import org.lcp.notification.Notify;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.Team;
import org.lcp.team.TeamRepository;

/** Lead faculty reopen a locked period for one team, with a reason, until a date. */
@ApplicationScoped
public class PeriodUnlockService {

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final OrganizationRepository organizations;
  private final PeriodUnlockRepository unlocks;
  private final MetricsPolicy policy;
  private final AuditLog audit;
  private final TeamRecipients recipients;
  private final Event<Notify> notify;

  public PeriodUnlockService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      OrganizationRepository organizations,
      PeriodUnlockRepository unlocks,
      MetricsPolicy policy,
      AuditLog audit,
      TeamRecipients recipients,
      Event<Notify> notify) {
    this.recipients = recipients;
    this.notify = notify;
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.organizations = organizations;
    this.unlocks = unlocks;
    this.policy = policy;
    this.audit = audit;
  }

  /**
   * Unlocks the team's month until the end of {@code until}; unlocking it again replaces the
   * earlier unlock.
   */
  @Transactional
  public org.lcp.api.model.PeriodUnlock unlock(
      Actor actor, UUID collaborativeId, PeriodUnlockInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireCoordinatorChange(actor, c.ref());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (in.getUntil().isBefore(today)) {
      throw ApiException.invalid(List.of(Violation.body("until", "must be today or later")));
    }
    UUID org = in.getOrganizationId();
    Team team =
        teams
            .find(c.id, org)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        List.of(
                            Violation.body(
                                "organizationId", "is not enrolled in this collaborative"))));
    YearMonth period = YearMonth.parse(in.getPeriod());
    PeriodUnlock u = unlocks.find(c.id, org, period).orElse(null);
    boolean first = u == null;
    if (first) {
      u = new PeriodUnlock();
      u.id = new PeriodUnlock.Key(c.id, org, period.atDay(1));
    }
    u.until = in.getUntil();
    u.reason = in.getReason().trim();
    u.unlockedBy = actor.displayName();
    u.unlockedAt =
        Instant.now()
            .truncatedTo(ChronoUnit.MICROS); // as stored, so that a later read says the same
    if (first) {
      unlocks.persist(u);
    }
    unlocks.flush();
    audit.record(
        "period.unlocked",
        new Subject("period-unlock", null, org, c.id),
        null,
        Map.of("period", in.getPeriod(), "until", in.getUntil().toString()),
        u.reason);
    tellTeam(c, team, period, u, today);
    return MetricsMapper.toApi(u, organizations.name(org), today);
  }

  /**
   * The team's data contact and members hear that they can report the month again: once per unlock
   * and date (the same unlock sent again, a retry, tells nobody twice; a new date does).
   */
  private void tellTeam(
      Collaborative c, Team team, YearMonth period, PeriodUnlock u, LocalDate today) {
    List<UUID> to = recipients.of(List.of(team), today).of(team);
    if (to.isEmpty()) {
      return;
    }
    String month =
        period.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.getYear();
    notify.fire(
        new Notify(
            to,
            MetricReminderService.UNLOCKED,
            month + " is open again until " + u.until,
            "The lead faculty of "
                + c.title
                + " reopened "
                + month
                + " for your team: values for it can be entered or uploaded until the end of "
                + u.until
                + ". Reason: "
                + u.reason,
            "/collaboratives/" + c.id + "/metrics/data",
            "period-unlock:" + c.id + ":" + team.organizationId + ":" + period + ":" + u.until,
            List.of()));
  }

  /**
   * The unlocks of the collaborative the actor may read (one organisation's when given), newest
   * first.
   */
  @Transactional
  public PeriodUnlockPage list(
      Actor actor, UUID collaborativeId, UUID organizationId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.readScope(actor, c.ref(), organizationId);
    List<PeriodUnlock> all = unlocks.of(c.id, scope);
    Map<UUID, String> names =
        organizations.names(all.stream().map(u -> u.id.organizationId()).distinct().toList());
    Comparator<PeriodUnlock> order =
        Comparator.comparing((PeriodUnlock u) -> u.unlockedAt)
            .reversed()
            .thenComparing(u -> u.id.organizationId(), MetricsMapper.byName(names))
            .thenComparing(u -> u.id.period());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Paging<org.lcp.api.model.PeriodUnlock> result =
        Slice.of(
            all.stream()
                .sorted(order)
                .map(u -> MetricsMapper.toApi(u, names.get(u.id.organizationId()), today))
                .toList(),
            page,
            size);
    return new PeriodUnlockPage()
        .items(result.items())
        .page(result.page())
        .size(result.size())
        .total(result.total());
  }
}
