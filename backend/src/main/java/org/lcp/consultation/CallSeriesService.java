package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CallSeriesCancellation;
import org.lcp.api.model.CallSeriesChange;
import org.lcp.api.model.CallSeriesInput;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * Call series: scheduled from a rule in one request, changed from one call on (re-timing that call
 * and the later ones in place), cancelled from one call on.
 */
@ApplicationScoped
public class CallSeriesService {

  private final CallSeriesRepository series;
  private final CallRepository calls;
  private final CollaborativeRepository collaboratives;
  private final Scheduling scheduling;
  private final CallNames names;
  private final CallPolicy policy;
  private final AuditLog audit;
  private final Event<CallsRescheduled> rescheduled;

  public CallSeriesService(
      CallSeriesRepository series,
      CallRepository calls,
      CollaborativeRepository collaboratives,
      Scheduling scheduling,
      CallNames names,
      CallPolicy policy,
      AuditLog audit,
      Event<CallsRescheduled> rescheduled) {
    this.series = series;
    this.calls = calls;
    this.collaboratives = collaboratives;
    this.scheduling = scheduling;
    this.names = names;
    this.policy = policy;
    this.audit = audit;
    this.rescheduled = rescheduled;
  }

  /**
   * A rule as given: every N weeks on a weekday at a local time, from a date, until a date or for a
   * count.
   */
  private record RuleInput(
      DayOfWeek weekday,
      LocalTime time,
      ZoneId zone,
      LocalDate startDate,
      int intervalWeeks,
      LocalDate until,
      Integer count) {}

  @Transactional
  public Versioned<org.lcp.api.model.CallSeries> get(Actor actor, UUID id) {
    CallSeries s = series.require(id);
    policy.requireVisible(actor, ref(s), "call series");
    return view(s);
  }

  @Transactional
  public Versioned<org.lcp.api.model.CallSeries> create(
      Actor actor, UUID collaborativeId, CallSeriesInput in) {
    Scheduling.Given given = scheduling.schedule(actor, collaborativeId, in.getKind(), in);
    if (given.kind() == CallKind.WEBINAR) {
      given
          .violations()
          .add(
              org.lcp.common.error.Violation.body(
                  "kind",
                  "a webinar is scheduled on its own (with its capacity), not as a series"));
    }
    RuleInput rule =
        new RuleInput(
            weekday(in.getWeekday()),
            LocalTime.parse(in.getStartTime()),
            given.zone(),
            in.getStartDate(),
            in.getIntervalWeeks(),
            in.getUntil(),
            in.getCount());
    List<LocalDateTime> starts = starts(rule, given);
    Instant now = Instant.now();
    CallSeries s = new CallSeries();
    s.id = UUID.randomUUID();
    s.collaborativeId = given.collaborativeId();
    s.kind = given.kind();
    s.created(now);
    s.apply(first(rule, starts), given.details());
    series.persist(s);
    List<Call> made = new ArrayList<>();
    for (LocalDateTime local : starts) {
      Call call = given.call(local, s.id, now);
      calls.persist(call);
      made.add(call);
    }
    audit.record("call-series.scheduled", subject(s), null, s.snapshot(), null);
    series.flush();
    rescheduled.fire(
        new CallsRescheduled(
            CallsRescheduled.Kind.SCHEDULED, s.collaborativeId, s, made, actor.userId(), null));
    return view(s);
  }

  /**
   * The calls from {@code fromCallId} onward are re-timed in order by the new rule and keep their
   * ids; the ones it no longer needs are cancelled and missing ones added. Earlier calls keep.
   */
  @Transactional
  public Versioned<org.lcp.api.model.CallSeries> change(
      Actor actor, UUID id, String ifMatch, CallSeriesChange in) {
    CallSeries s = series.requireLocked(id);
    policy.requireOrganize(actor, ref(s), "call series");
    ETags.require(ifMatch, s.version);
    List<Call> all = calls.ofSeries(s.id);
    Call from = member(all, in.getFromCallId());
    if (from.state != CallState.SCHEDULED) {
      throw ApiException.conflict(
          "the call of "
              + from.localStart.toLocalDate()
              + " is "
              + from.state
              + "; change the series from a scheduled call");
    }
    List<Call> later = all.stream().filter(x -> !x.startsAt.isBefore(from.startsAt)).toList();
    for (Call x : later) {
      if (x.state == CallState.HELD) {
        throw ApiException.conflict(
            "the call of "
                + x.localStart.toLocalDate()
                + " was already held; change the "
                + "series from a later call");
      }
    }
    Scheduling.Given given = scheduling.check(s.collaborativeId, s.kind, in);
    RuleInput rule =
        new RuleInput(
            weekday(in.getWeekday()),
            LocalTime.parse(in.getStartTime()),
            given.zone(),
            from.localStart.toLocalDate(),
            in.getIntervalWeeks(),
            in.getUntil(),
            in.getCount());
    List<LocalDateTime> starts = starts(rule, given);
    Instant now = Instant.now();
    Map<String, Object> before = s.snapshot();
    List<Call> targets = later.stream().filter(x -> x.state == CallState.SCHEDULED).toList();
    List<Call> touched = new ArrayList<>();
    for (int i = 0; i < Math.max(targets.size(), starts.size()); i++) {
      if (i < targets.size() && i < starts.size()) {
        Call call = targets.get(i);
        String joinBefore = Scheduling.howToJoin(call.details);
        boolean moved = Scheduling.place(call, given.details(), starts.get(i));
        if (moved) {
          call.sequence++;
        }
        if (moved || !joinBefore.equals(Scheduling.howToJoin(call.details))) {
          touched.add(call);
        }
        call.updatedAt = now;
      } else if (i < targets.size()) {
        Scheduling.cancel(targets.get(i), "no longer part of the series after it was changed", now);
        touched.add(targets.get(i));
      } else {
        Call call = given.call(starts.get(i), s.id, now);
        calls.persist(call);
        touched.add(call);
      }
    }
    s.apply(first(rule, starts), given.details());
    s.updatedAt = now;
    var diff = AuditLog.diff(before, s.snapshot());
    Map<String, Object> after = new LinkedHashMap<>(diff.get("after"));
    after.put("fromCallId", from.id.toString());
    audit.record("call-series.changed", subject(s), diff.get("before"), after, null);
    series.flush();
    if (!touched.isEmpty()) {
      rescheduled.fire(
          new CallsRescheduled(
              CallsRescheduled.Kind.MOVED, s.collaborativeId, s, touched, actor.userId(), null));
    }
    return view(s);
  }

  /** Cancels the scheduled calls of the series, all of them or from one call on. */
  @Transactional
  public Versioned<org.lcp.api.model.CallSeries> cancel(
      Actor actor, UUID id, String ifMatch, CallSeriesCancellation in) {
    CallSeries s = series.requireLocked(id);
    policy.requireOrganize(actor, ref(s), "call series");
    ETags.require(ifMatch, s.version);
    UUID fromCallId = in == null ? null : in.getFromCallId();
    String why = in == null ? null : Times.text(in.getReason());
    List<Call> all = calls.ofSeries(s.id);
    Instant threshold = fromCallId == null ? Instant.MIN : member(all, fromCallId).startsAt;
    Instant now = Instant.now();
    List<Call> cancelledCalls = new ArrayList<>();
    for (Call call : all) {
      if (call.state == CallState.SCHEDULED && !call.startsAt.isBefore(threshold)) {
        Scheduling.cancel(call, why, now);
        cancelledCalls.add(call);
      }
    }
    int cancelled = cancelledCalls.size();
    s.updatedAt = now;
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("fromCallId", fromCallId == null ? null : fromCallId.toString());
    after.put("cancelled", cancelled);
    audit.record("call-series.cancelled", subject(s), null, after, why);
    series.flush();
    if (!cancelledCalls.isEmpty()) {
      rescheduled.fire(
          new CallsRescheduled(
              CallsRescheduled.Kind.CANCELLED,
              s.collaborativeId,
              s,
              cancelledCalls,
              actor.userId(),
              why));
    }
    return view(s);
  }

  private static DayOfWeek weekday(org.lcp.api.model.Weekday weekday) {
    return DayOfWeek.valueOf(weekday.toString());
  }

  /**
   * The rule's local starts; refuses the request (with every violation found so far) when the rule
   * has neither or both of until and count, makes no call or too many (a rule in an unknown time
   * zone is not expanded).
   */
  private static List<LocalDateTime> starts(RuleInput r, Scheduling.Given given) {
    List<LocalDateTime> starts = r.zone() == null ? List.of() : expand(r, given.violations());
    given.requireValid();
    return starts;
  }

  private static List<LocalDateTime> expand(RuleInput r, List<Violation> v) {
    if ((r.until() == null) == (r.count() == null)) {
      String message = "give exactly one of until and count";
      v.add(Violation.body("until", message));
      v.add(Violation.body("count", message));
      return List.of();
    }
    List<LocalDateTime> starts = Recurrence.localStarts(rule(r, r.startDate()));
    if (starts.isEmpty()) {
      v.add(
          Violation.body(
              "until",
              "is before the first "
                  + r.weekday().toString().toLowerCase(Locale.ROOT)
                  + " on or after "
                  + r.startDate()
                  + "; the rule makes no call"));
    } else if (starts.size() > Recurrence.MAX) {
      v.add(
          Violation.body(
              "until",
              "the rule makes more than " + Recurrence.MAX + " calls; choose an earlier date"));
    }
    return starts;
  }

  private static Recurrence.Rule rule(RuleInput r, LocalDate startDate) {
    return new Recurrence.Rule(
        r.weekday(), r.time(), r.zone(), startDate, r.intervalWeeks(), r.until(), r.count());
  }

  /** The rule as the series keeps it: from its first call's date. */
  private static Recurrence.Rule first(RuleInput r, List<LocalDateTime> starts) {
    return rule(r, starts.get(0).toLocalDate());
  }

  private static Call member(List<Call> calls, UUID id) {
    return calls.stream()
        .filter(x -> x.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.invalid(
                    List.of(Violation.body("fromCallId", "is not a call of this series"))));
  }

  private CallRef ref(CallSeries s) {
    return s.ref(collaboratives.require(s.collaborativeId).ref());
  }

  private Subject subject(CallSeries s) {
    return new Subject("call-series", s.id, null, s.collaborativeId);
  }

  private Versioned<org.lcp.api.model.CallSeries> view(CallSeries s) {
    List<Call> all = calls.ofSeries(s.id);
    return Versioned.of(s.version, CallViews.toApi(s, all, names.of(s, all)));
  }
}
